#!/usr/bin/env node
/**
 * `node scripts/node-run.mjs <entry.ts> [args…]`: runs one of our TypeScript entry points (the
 * worker, the seed) on plain Node. Our sources are bundled with esbuild (installed packages stay
 * external and load as they are) into .build/, then imported.
 *
 * Why not `payload run` or `tsx`: both load TypeScript through Node 20's asynchronous module hooks,
 * and on this stack an `import()` made through them now and then never settles — the process then
 * ends with code 13 or hangs, sometimes in the middle of a database transaction. Plain Node does not.
 */
import { build } from 'esbuild'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const [entry, ...rest] = process.argv.slice(2)
if (!entry) {
  console.error('usage: node scripts/node-run.mjs <entry.ts> [args…]')
  process.exit(2)
}
// One file per process: several workers may start at once.
const name = entry.replace(/\.[cm]?tsx?$/, '').replace(/[^\w.-]+/g, '_')
const outfile = path.resolve('.build', `${name}-${process.pid}.mjs`)
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
  // Some bundled CommonJS-style code calls require(); give the module one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
})
process.on('exit', () => fs.rmSync(outfile, { force: true }))
process.argv = [process.argv[0], outfile, ...rest]
try {
  await import(pathToFileURL(outfile).href)
} catch (error) {
  console.error(error)
  process.exit(1)
}
// Like `payload run`: the script is done, whatever handles a library left open.
process.exit(process.exitCode ?? 0)
