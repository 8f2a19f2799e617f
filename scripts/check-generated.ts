/**
 * `npm run generated:check`: fails when a generated file is out of date — the admin's import map (a
 * component missing from it renders nothing) or the TypeScript types of the collections. It runs
 * Payload's generators and puts the committed files back, leaving the tree as it was.
 */
import fs from 'node:fs'
import path from 'node:path'

import { bin, run } from './build'

const files = [
  path.join('src', 'app', '(payload)', 'admin', 'importMap.js'),
  path.join('src', 'payload-types.ts'),
]
const before = new Map(files.map((file) => [file, fs.readFileSync(file, 'utf8')]))

const env = { ...process.env, NODE_OPTIONS: '--no-deprecation' }
await run(bin('payload'), ['generate:importmap'], env)
await run(bin('payload'), ['generate:types'], env)

const stale = files.filter((file) => fs.readFileSync(file, 'utf8') !== before.get(file))
for (const [file, text] of before) fs.writeFileSync(file, text)

if (stale.length > 0) {
  console.error(
    `Out of date: ${stale.join(', ')}. Run \`npm run generate:importmap\` and \`npm run generate:types\` and commit the result.`,
  )
  process.exit(1)
}
console.log('Generated files are current.')
