import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Migration } from 'payload'
import { migrations as mongoMigrations } from '../../../migrations/mongodb'
import { migrations as sqliteMigrations } from '../../../migrations/sqlite'
import type { DatabaseChoice } from './env'
import { withTransactionCallbacks } from './transactions'
import fs from 'node:fs'
import path from 'node:path'

const migrationsRoot = path.resolve(process.cwd(), 'migrations')

/** The migrations that build the schema of the chosen database, for runners that apply them explicitly. */
export const migrationsFor = (choice: DatabaseChoice): Migration[] =>
  // The generated migration indexes type their functions by adapter; the runner takes either.
  (choice.kind === 'mongodb' ? mongoMigrations : sqliteMigrations) as unknown as Migration[]

/** How long a write waits, in all, for another connection's lock before it fails. */
const LOCK_WAIT_MS = 30_000
/**
 * SQLite's own wait, per statement, kept short: it sleeps inside the native call (freezing Node's
 * thread), but a COMMIT or a statement inside a transaction needs it, since those cannot be retried.
 */
const NATIVE_BUSY_MS = 1000

type LibsqlClient = {
  transaction: (mode?: string) => Promise<unknown>
  execute: (...args: unknown[]) => Promise<unknown>
  batch?: (...args: unknown[]) => Promise<unknown>
  waitsOnLocks?: boolean
}

const isBusy = (error: unknown): boolean =>
  /SQLITE_BUSY|database is locked/.test(String((error as Error)?.message ?? ''))

/** Repeats a statement the database refused because another connection held the lock, waiting between tries without blocking. */
const whenUnlocked = async <T>(run: () => Promise<T>): Promise<T> => {
  const deadline = Date.now() + LOCK_WAIT_MS
  for (let pause = 5; ; pause = Math.min(pause * 2, 250)) {
    try {
      return await run()
    } catch (error) {
      if (!isBusy(error) || Date.now() + pause > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, pause))
    }
  }
}

/**
 * Lets a worker and the web server (or two workers) write to one SQLite file. SQLite's own lock wait
 * (busy_timeout) sleeps inside the native call, freezing Node's only thread: a process whose open
 * transaction must finish before the lock frees would then wait on itself. So that wait is kept short
 * (and set on every connection libsql opens, which Payload's adapter does not do), and beginning a
 * transaction or a write outside one is retried after short, growing pauses while the event loop
 * runs on. Both are safe to repeat: a refused BEGIN or autocommit statement changed nothing.
 */
const waitOnLocks = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args)
    const connect = adapter.connect
    adapter.connect = async function (
      this: typeof adapter & { client?: LibsqlClient },
      options?: Parameters<NonNullable<typeof connect>>[0],
    ) {
      await connect?.call(this, options)
      const client = this.client
      if (!client || client.waitsOnLocks) return
      const transaction = client.transaction.bind(client)
      const execute = client.execute.bind(client)
      client.transaction = (mode?: string) =>
        whenUnlocked(async () => {
          const tx = await transaction(mode)
          // libsql hands its connection to the transaction and opens a new one for what follows.
          await execute(`PRAGMA busy_timeout = ${NATIVE_BUSY_MS}`)
          return tx
        })
      client.execute = (...statement: unknown[]) => whenUnlocked(() => execute(...statement))
      if (client.batch) {
        const batch = client.batch.bind(client)
        client.batch = (...statements: unknown[]) => whenUnlocked(() => batch(...statements))
      }
      client.waitsOnLocks = true
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
    return withTransactionCallbacks(
      mongooseAdapter({
        url: choice.url,
        migrationDir: path.join(migrationsRoot, 'mongodb'),
        prodMigrations: mongoMigrations,
        // Transactions are on by default; they need a replica set (docker-compose starts one).
      }),
    )
  }
  fs.mkdirSync(path.dirname(path.resolve(choice.file)), { recursive: true })
  return withTransactionCallbacks(
    waitOnLocks(
      sqliteAdapter({
        client: { url: choice.url },
        migrationDir: path.join(migrationsRoot, 'sqlite'),
        prodMigrations: sqliteMigrations,
        push: false,
        // SQLite transactions are off unless this is given; with it, a failed operation rolls back.
        transactionOptions: {},
        // A web process and a worker may share the file: WAL lets reads run beside a write; waiting for
        // another writer's lock is mostly done by waitOnLocks above.
        wal: true,
        busyTimeout: NATIVE_BUSY_MS,
      }),
    ),
  )
}
