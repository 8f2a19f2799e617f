import type { BaseDatabaseAdapter, DatabaseAdapterObj, PayloadRequest } from 'payload'

type Callbacks = Map<string, (() => void)[]>

/** What this module adds to a database adapter instance (and what the MongoDB adapter keeps). */
type Extended = { transactionCallbacks?: Callbacks; sessions?: Record<string, unknown> }
type Ends = Pick<BaseDatabaseAdapter, 'commitTransaction' | 'rollbackTransaction'>

/**
 * Payload has no after-commit hook. This wraps the adapter's commit and rollback, keeping their
 * behaviour, so `afterTransaction` can run work once a transaction has ended. Installed where the
 * adapter is created (`databaseAdapter`), for SQLite and MongoDB alike.
 */
export const withTransactionCallbacks = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args)
    const extended = adapter as typeof adapter & Extended
    const callbacks: Callbacks = new Map()
    extended.transactionCallbacks = callbacks
    const run = (id: unknown) => {
      const due = callbacks.get(String(id))
      callbacks.delete(String(id))
      due?.forEach((fn) => fn())
    }
    for (const method of ['commitTransaction', 'rollbackTransaction'] as const) {
      const original: Ends[typeof method] = adapter[method].bind(adapter)
      adapter[method] = async (incoming) => {
        const id = incoming instanceof Promise ? await incoming : incoming
        try {
          return await original(id)
        } finally {
          run(id)
        }
      }
    }
    return adapter
  },
})

/**
 * Runs `callback` once the transaction of `req` has committed or rolled back, or at once when the
 * request is in none.
 */
export const afterTransaction = async (
  req: PayloadRequest,
  callback: () => void,
): Promise<void> => {
  const id = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  const db = req.payload.db as typeof req.payload.db & Extended
  if (!id || !db.transactionCallbacks || (db.sessions && !db.sessions[String(id)])) {
    callback()
    return
  }
  const list = db.transactionCallbacks.get(String(id)) ?? []
  list.push(callback)
  db.transactionCallbacks.set(String(id), list)
}
