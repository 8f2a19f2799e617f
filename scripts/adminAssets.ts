/**
 * What the admin needs on disk before it is built, so that nothing in it comes from the internet:
 * the JSON field's code editor (Monaco) is served from `public/monaco-editor/vs` (copied from the
 * installed `monaco-editor`, never committed) instead of Payload's default, a CDN (the loader is
 * pointed there, and the lock dialog texts fixed, by scripts/patchPayloadUi.mjs).
 */
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'

import { patchPayloadUi } from './patchPayloadUi.mjs'

/** Where the admin's loader looks for Monaco (set by scripts/patchPayloadUi.mjs). */
export const MONACO_PUBLIC_DIR = path.join('public', 'monaco-editor', 'vs')

const copyMonaco = (root: string) => {
  // The copy Payload's editor would otherwise fetch from the CDN (a dependency of @payloadcms/ui).
  // Its exports map hides package.json: look for the folder where Node would.
  const require = createRequire(
    path.join(root, 'node_modules', '@payloadcms', 'ui', 'package.json'),
  )
  const folder = (require.resolve.paths('monaco-editor') ?? [])
    .map((dir) => path.join(dir, 'monaco-editor'))
    .find((dir) => fs.existsSync(path.join(dir, 'package.json')))
  if (!folder) throw new Error('adminAssets: monaco-editor is not installed (run npm ci)')
  const packageJson = path.join(folder, 'package.json')
  const version = (JSON.parse(fs.readFileSync(packageJson, 'utf8')) as { version: string }).version
  const target = path.join(root, MONACO_PUBLIC_DIR)
  const stamp = path.join(target, '.version')
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === version) return
  fs.rmSync(target, { recursive: true, force: true })
  fs.cpSync(path.join(folder, 'min', 'vs'), target, { recursive: true })
  fs.writeFileSync(stamp, version)
}

export const prepareAdminAssets = (root = process.cwd()): void => {
  patchPayloadUi(root)
  copyMonaco(root)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) prepareAdminAssets()
