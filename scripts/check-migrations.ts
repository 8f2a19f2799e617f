/**
 * `npm run migrate:check`: fails when the collections describe a schema that the SQLite migrations
 * do not build (someone changed a field and forgot `npm run payload migrate:create`). It asks Payload
 * to generate a migration and removes it again, leaving the tree as it was.
 */
import fs from 'node:fs'
import path from 'node:path'

import { bin, run } from './build'

const dir = path.join(process.cwd(), 'migrations', 'sqlite')
const before = new Set(fs.readdirSync(dir))
const index = fs.readFileSync(path.join(dir, 'index.ts'))

await run(bin('payload'), ['migrate:create', 'schema_drift_check', '--skip-empty'], { ...process.env, DATABASE_URL: '' })

const added = fs.readdirSync(dir).filter((name) => !before.has(name))
for (const name of added) fs.rmSync(path.join(dir, name))
fs.writeFileSync(path.join(dir, 'index.ts'), index)

if (added.length > 0) {
  console.error(
    'The collections changed the database schema but no migration says so.\n' +
      'Run `npm run payload migrate:create <name>` and commit the files it writes in migrations/sqlite.',
  )
  process.exit(1)
}
console.log('Migrations match the collections.')
