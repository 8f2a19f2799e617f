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

const BUSY_TIMEOUT_MS = 15_000
const BEGIN_ATTEMPTS = 3

type LibsqlClient = { transaction: (mode?: string) => Promise<unknown>; execute: (sql: string) => Promise<unknown> }

/**
 * SQLite's lock wait (busy_timeout) is a setting of each connection, and the libsql client opens a
 * new connection every time it hands one to a transaction; Payload's adapter sets the wait on the
 * first connection only. Without it, a second process writing at the same moment (a worker beside
 * the web server) fails at once with SQLITE_BUSY. This gives every new connection the same wait.
 */
const waitOnLocks = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args)
    const connect = adapter.connect
    adapter.connect = async function (this: typeof adapter & { client?: LibsqlClient }, options?: Parameters<NonNullable<typeof connect>>[0]) {
      await connect?.call(this, options)
      const client = this.client
      if (!client || (client as { waitsOnLocks?: boolean }).waitsOnLocks) return
      const transaction = client.transaction.bind(client)
      client.transaction = async (mode?: string) => {
        // Beginning is safe to repeat (nothing has run yet): a writer in another process that holds
        // the lock longer than the wait, on a loaded machine, delays this one instead of failing it.
        for (let attempt = 1; ; attempt++) {
          try {
            const tx = await transaction(mode)
            await client.execute(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`)
            return tx
          } catch (error) {
            if (attempt >= BEGIN_ATTEMPTS || !/SQLITE_BUSY/.test(String((error as Error).message))) throw error
          }
        }
      }
      ;(client as { waitsOnLocks?: boolean }).waitsOnLocks = true
    } as typeof connect
    return adapter
  },
})

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
  return waitOnLocks(sqliteAdapter({
    client: { url: choice.url },
    migrationDir: path.join(migrationsRoot, 'sqlite'),
    prodMigrations: sqliteMigrations,
    push: false,
    // SQLite transactions are off unless this is given; with it, a failed operation rolls back.
    transactionOptions: {},
    // A web process and a worker may share the file: WAL lets reads run beside a write, and a writer
    // waits for the other's lock instead of failing at once.
    wal: true,
    busyTimeout: BUSY_TIMEOUT_MS,
  }))
}
