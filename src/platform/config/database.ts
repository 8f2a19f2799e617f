import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { BaseDatabaseAdapter, DatabaseAdapterObj, Migration } from 'payload'
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
/** A write transaction still open after this long is taken for a leak and rolled back. */
const HELD_TRANSACTION_LIMIT_MS = 5 * 60_000

type LibsqlTransaction = {
  commit: () => Promise<void>
  rollback: () => Promise<void>
  close: () => void
}

type LibsqlClient = {
  transaction: (mode?: string) => Promise<LibsqlTransaction>
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

/** Thrown to a writer that waited its whole LOCK_WAIT_MS: it wrote nothing and may be retried. */
export class WriteQueueTimeout extends Error {
  constructor() {
    super(
      `SQLITE_BUSY: database is locked (waited ${LOCK_WAIT_MS / 1000} s for this process's writer)`,
    )
    this.name = 'WriteQueueTimeout'
  }
}

/**
 * This process's writers, one at a time. SQLite lets one connection write at once; when a second
 * connection of the SAME process asks for the lock, SQLite's wait sleeps inside the native call and
 * freezes Node's only thread — so the transaction holding the lock cannot finish, and every such
 * wait runs to its full timeout. (npm run bench:rush, 64 reporters at once: 18.1 confirmations/s and
 * p99 5.0 s with the gate, 16.4/s and p99 7.2 s without it, on the same machine.)
 * Writers of this process therefore queue here without blocking, and only one at a time reaches
 * SQLite; waiting for another PROCESS's lock is left to SQLite and the retries above. A writer that
 * waits longer than LOCK_WAIT_MS fails (WriteQueueTimeout) without touching the database: going
 * ahead would only freeze the thread in SQLite's own wait while the holder still holds the lock.
 */
const createWriteGate = () => {
  let held = false
  const queue: (() => void)[] = []
  const release = () => {
    const next = queue.shift()
    if (next) next()
    else held = false
  }
  /** Resolves with the release to call once the write is over; rejects after LOCK_WAIT_MS. */
  const enter = async (): Promise<() => void> => {
    if (!held) {
      held = true
      return once(release)
    }
    return new Promise((resolve, reject) => {
      const turn = () => {
        clearTimeout(timer)
        resolve(once(release))
      }
      const timer = setTimeout(() => {
        const index = queue.indexOf(turn)
        if (index >= 0) queue.splice(index, 1)
        reject(new WriteQueueTimeout())
      }, LOCK_WAIT_MS)
      queue.push(turn)
    })
  }
  return { enter }
}

const once = (fn: () => void) => {
  let done = false
  return () => {
    if (!done) {
      done = true
      fn()
    }
  }
}

/** Statements that write (outside a transaction they take the write lock for their own duration). */
const isWrite = (statement: unknown): boolean => {
  const sql = typeof statement === 'string' ? statement : (statement as { sql?: string })?.sql
  return /^\s*(insert|update|delete|replace|create|drop|alter|pragma\s+wal_checkpoint|vacuum)\b/i.test(
    sql ?? '',
  )
}

/** The libsql transaction under one of Payload's transaction sessions (drizzle keeps it on its session). */
const libsqlTransactionOf = (adapter: object, id: number | string): object | undefined => {
  const sessions = (adapter as { sessions?: Record<string, { db?: unknown }> }).sessions
  const db = sessions?.[String(id)]?.db as { session?: { tx?: object } } | undefined
  return db?.session?.tx
}

/**
 * Payload's SQLite adapter ends a transaction by settling a promise whose failure it swallows: a
 * COMMIT that failed (the transaction had been rolled back, or the database refused it) still let
 * the operation answer 201 for a write that was not stored. Here the failure of the COMMIT is
 * remembered per transaction and thrown from commitTransaction, so the operation answers an error
 * and nothing unstored is ever acknowledged.
 */
const surfaceFailedCommits = (
  adapter: BaseDatabaseAdapter,
  failedCommits: WeakMap<object, unknown>,
) => {
  const commitTransaction = adapter.commitTransaction.bind(adapter)
  adapter.commitTransaction = async (incoming) => {
    const id = incoming instanceof Promise ? await incoming : incoming
    const tx = id === null || id === undefined ? undefined : libsqlTransactionOf(adapter, id)
    await commitTransaction(id)
    if (tx && failedCommits.has(tx)) throw failedCommits.get(tx)
  }
}

/**
 * Lets a worker and the web server (or two workers) write to one SQLite file, and many requests of one
 * server write at once. Writers of this process queue in the write gate above. SQLite's own lock wait
 * (busy_timeout) is kept short (and set on every connection libsql opens, which Payload's adapter
 * does not do), and beginning a transaction or a write outside one is retried after short, growing
 * pauses while the event loop runs on. Both are safe to repeat: a refused BEGIN or autocommit
 * statement changed nothing.
 */
const waitOnLocks = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args)
    const failedCommits = new WeakMap<object, unknown>()
    surfaceFailedCommits(adapter, failedCommits)
    const connect = adapter.connect
    adapter.connect = async function (
      this: typeof adapter & { client?: LibsqlClient },
      options?: Parameters<NonNullable<typeof connect>>[0],
    ) {
      await connect?.call(this, options)
      const client = this.client
      if (!client || client.waitsOnLocks) return
      const gate = createWriteGate()
      const transaction = client.transaction.bind(client)
      const execute = client.execute.bind(client)
      client.transaction = async (mode?: string) => {
        // Read transactions take no write lock; everything else waits for this process's turn.
        const release = mode === 'read' ? () => undefined : await gate.enter()
        let tx: LibsqlTransaction
        try {
          tx = await whenUnlocked(async () => {
            const begun = await transaction(mode)
            // libsql hands its connection to the transaction and opens a new one for what follows.
            await execute(`PRAGMA busy_timeout = ${NATIVE_BUSY_MS}`)
            return begun
          })
        } catch (error) {
          release()
          throw error
        }
        // The turn ends when the transaction does, however it ends.
        const commit = tx.commit.bind(tx)
        const rollback = tx.rollback.bind(tx)
        const close = tx.close.bind(tx)
        // A transaction never ended would keep every writer of this process waiting: past the limit
        // it is rolled back, and its owner learns so when it commits (see failedCommits).
        const watchdog = setTimeout(() => {
          this.payload?.logger.error(
            `A write transaction was held for ${HELD_TRANSACTION_LIMIT_MS / 1000} s; it is rolled back.`,
          )
          tx.close()
        }, HELD_TRANSACTION_LIMIT_MS)
        watchdog.unref?.()
        const end = () => {
          clearTimeout(watchdog)
          release()
        }
        tx.commit = () =>
          commit()
            .catch((error: unknown) => {
              failedCommits.set(tx, error)
              throw error
            })
            .finally(end)
        tx.rollback = () => rollback().finally(end)
        tx.close = () => {
          try {
            close()
          } finally {
            end()
          }
        }
        return tx
      }
      client.execute = async (...statement: unknown[]) => {
        if (!isWrite(statement[0])) return whenUnlocked(() => execute(...statement))
        const release = await gate.enter()
        try {
          return await whenUnlocked(() => execute(...statement))
        } finally {
          release()
        }
      }
      if (client.batch) {
        const batch = client.batch.bind(client)
        client.batch = async (...statements: unknown[]) => {
          const release = await gate.enter()
          try {
            return await whenUnlocked(() => batch(...statements))
          } finally {
            release()
          }
        }
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
