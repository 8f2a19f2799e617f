/**
 * `npm run build`: the production build of the Next.js admin, stamped with a fingerprint of the
 * sources so `npm start` can tell whether it must build again.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { pathToFileURL } from 'node:url'
import fs from 'node:fs'
import path from 'node:path'

import { prepareAdminAssets } from './adminAssets'

const root = process.cwd()
const stamp = path.join(root, '.next', 'cchc-source-hash')

export const run = (command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env })
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(
            new Error(`${path.basename(command)} ${args.join(' ')} exited with ${signal ?? code}`),
          ),
    )
  })

export const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)

/** A fingerprint of everything the Next build depends on. */
export const sourceHash = (): string => {
  const hash = createHash('sha256')
  const visit = (entry: string) => {
    const full = path.join(root, entry)
    if (!fs.existsSync(full)) return
    if (fs.statSync(full).isDirectory()) {
      for (const child of fs.readdirSync(full).sort()) visit(path.join(entry, child))
    } else {
      hash.update(entry).update(fs.readFileSync(full))
    }
  }
  for (const entry of [
    'src',
    'migrations',
    'payload.config.ts',
    'next.config.mjs',
    'tsconfig.json',
    'package-lock.json',
    // What the build does to the admin beside Next (Monaco's copy, the patched lock texts).
    'scripts/adminAssets.ts',
    'scripts/patchPayloadUi.mjs',
  ])
    visit(entry)
  return hash.digest('hex')
}

export const isBuildCurrent = (): boolean =>
  fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === sourceHash()

export const build = async (env: NodeJS.ProcessEnv): Promise<void> => {
  prepareAdminAssets(root)
  await run(bin('next'), ['build'], {
    ...env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
  })
  // Hash after building: the build itself may touch tracked files (Next rewrites tsconfig.json).
  fs.writeFileSync(stamp, sourceHash())
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  build(process.env).catch((error: Error) => {
    console.error(error.message)
    process.exit(1)
  })
}
