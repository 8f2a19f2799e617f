import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj, Migration } from 'payload'

import { migrations as mongoMigrations } from '../../migrations/mongodb'
import { migrations as sqliteMigrations } from '../../migrations/sqlite'
import type { DatabaseChoice } from './env'

const migrationsRoot = path.resolve(process.cwd(), 'migrations')

/** The migrations that build the schema of the chosen database, for runners that apply them explicitly. */
export const migrationsFor = (choice: DatabaseChoice): Migration[] =>
  (choice.kind === 'mongodb' ? mongoMigrations : sqliteMigrations) as unknown as Migration[]

/**
 * The only place that knows which database runs. Schema changes reach SQLite through the SQL
 * migrations in `migrations/sqlite` (never by schema push, so tests exercise the same migrations as
 * production); MongoDB needs no schema, so `migrations/mongodb` holds data migrations only.
 */
export const databaseAdapter = (choice: DatabaseChoice): DatabaseAdapterObj => {
  if (choice.kind === 'mongodb') {
    return mongooseAdapter({
      url: choice.url,
      migrationDir: path.join(migrationsRoot, 'mongodb'),
      prodMigrations: mongoMigrations,
      // Transactions are on by default; they need a replica set (docker-compose starts one).
    })
  }
  fs.mkdirSync(path.dirname(path.resolve(choice.file)), { recursive: true })
  return sqliteAdapter({
    client: { url: choice.url },
    migrationDir: path.join(migrationsRoot, 'sqlite'),
    prodMigrations: sqliteMigrations,
    push: false,
    // SQLite transactions are off unless this is given; with it, a failed operation rolls back.
    transactionOptions: {},
  })
}
