/**
 * `npm run migrate:check`: fails when the collections describe a schema that the SQLite migrations
 * do not build (someone changed a field and forgot `npm run payload migrate:create`). It asks Payload
 * to generate a migration and removes it again, leaving the tree as it was.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { bin } from './build'

const dir = path.join(process.cwd(), 'migrations', 'sqlite')
const before = new Set(fs.readdirSync(dir))
const index = fs.readFileSync(path.join(dir, 'index.ts'))

/** Runs the generator with no terminal; a question it asks (a rename?) is answered by nobody. */
const output = await new Promise<string>((resolve, reject) => {
  let text = ''
  const child = spawn(bin('payload'), ['migrate:create', 'schema_drift_check', '--skip-empty'], {
    env: { ...process.env, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout.on('data', (chunk: Buffer) => (text += chunk))
  child.stderr.on('data', (chunk: Buffer) => (text += chunk))
  child.on('error', reject)
  child.on('exit', () => resolve(text))
})

const added = fs.readdirSync(dir).filter((name) => !before.has(name))
for (const name of added) fs.rmSync(path.join(dir, name))
fs.writeFileSync(path.join(dir, 'index.ts'), index)

// The generator asks whether a column was renamed when one disappears and another appears.
const asked = /created or renamed/.test(output)
if (added.length > 0 || asked) {
  console.error(output)
  console.error(
    'The collections changed the database schema but no migration says so.\n' +
      'Run `npm run payload migrate:create <name>` and commit the files it writes in migrations/sqlite' +
      (asked ? ' (it asks whether a column was renamed: answer in a terminal).' : '.'),
  )
  process.exit(1)
}
console.log('Migrations match the collections.')
