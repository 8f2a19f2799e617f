import { randomUUID } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'

import { globalSlugs } from '@/platform/slugs'
import { deliveryState, type DeliveryState } from './state'

/**
 * Invalidation by generation. A change to public content bumps this instance's generation at once
 * (dropping every cached answer) and replaces the stamp stored in the database; every instance reads
 * that stamp every `pollMs` and bumps its own generation when it changed. So a change is visible at
 * once on the instance that made it and within `pollMs` + one database read on the others.
 */
const bumpGeneration = (): void => {
  const state = deliveryState()
  state.generation++
  state.cache.clear()
  state.inflight.clear()
}

type Adapter = Payload['db'] & Record<symbol, unknown> & { sessions?: Record<string, unknown> }
type Callbacks = Map<string, (() => void)[]>

const AFTER_END = Symbol.for('cchc.publicDelivery.afterTransaction')

/**
 * Runs `callback` once the transaction of `req` has committed or rolled back (at once when there is
 * none). Payload has no after-commit hook, so the adapter's commit and rollback are wrapped once,
 * keeping their behaviour. The wrapper lives on the adapter object under a registered symbol, so the
 * Next bundle's copy of this module and the fast server's copy never wrap twice.
 */
const afterTransaction = async (req: PayloadRequest, callback: () => void): Promise<void> => {
  const id = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  const db = req.payload.db as Adapter
  if (!id || (db.sessions && !db.sessions[String(id)])) {
    callback()
    return
  }
  let callbacks = db[AFTER_END] as Callbacks | undefined
  if (!callbacks) {
    const registry: Callbacks = new Map()
    callbacks = registry
    db[AFTER_END] = registry
    const run = (transactionID: unknown) => {
      const due = registry.get(String(transactionID))
      registry.delete(String(transactionID))
      due?.forEach((fn) => fn())
    }
    for (const method of ['commitTransaction', 'rollbackTransaction'] as const) {
      const original = db[method] as ((this: unknown, id: unknown) => Promise<void>) | undefined
      if (typeof original !== 'function') continue
      ;(db as unknown as Record<string, unknown>)[method] = async function (this: unknown, incoming: unknown) {
        const transactionID = incoming instanceof Promise ? await incoming : incoming
        try {
          return await original.call(this, transactionID)
        } finally {
          run(transactionID)
        }
      }
    }
  }
  const list = callbacks.get(String(id)) ?? []
  list.push(callback)
  callbacks.set(String(id), list)
}

const newStamp = () => ({ stamp: randomUUID(), changedAt: new Date().toISOString() })

/**
 * Replaces the stored stamp after a commit (MongoDB). Writes arriving while one is in flight are folded
 * into one more write, so a bulk import causes a handful of writes, not one per document. It runs
 * outside the content's transaction: one hot document written inside every content transaction
 * would make concurrent writers abort each other with write conflicts.
 */
const writeStampAfterCommit = async (payload: Payload): Promise<void> => {
  const writer = deliveryState().stampWriter
  if (writer.running) {
    writer.dirty = true
    return
  }
  writer.running = true
  try {
    do {
      writer.dirty = false
      for (let attempt = 1; ; attempt++) {
        try {
          // System write: the stamp is internal, no user is involved.
          await payload.updateGlobal({ slug: globalSlugs.publicCacheState, data: newStamp(), depth: 0, overrideAccess: true })
          break
        } catch (error) {
          if (attempt === 5) {
            payload.logger.warn({ err: error, msg: 'public cache: could not store the change stamp; other instances see this change with the next one' })
            break
          }
          await new Promise((resolve) => setTimeout(resolve, 100 * attempt))
        }
      }
    } while (writer.dirty)
  } finally {
    writer.running = false
  }
}

/**
 * What the hooks do on every change: bump now, store a new stamp for the other instances, and bump
 * again once the write is committed: a read that ran between the first bump and the commit saw the
 * old rows and may have cached them under the new generation.
 */
export const publicContentChanged = async (req: PayloadRequest): Promise<void> => {
  bumpGeneration()
  if (req.payload.db.name === 'sqlite') {
    // SQLite has one writer at a time, and a second connection writing beside the content's
    // transaction fails with "database is locked": store the stamp inside that transaction, so it
    // becomes visible exactly when the change does.
    await req.payload.updateGlobal({ slug: globalSlugs.publicCacheState, data: newStamp(), depth: 0, overrideAccess: true, req })
    await afterTransaction(req, bumpGeneration)
    return
  }
  await afterTransaction(req, () => {
    bumpGeneration()
    void writeStampAfterCommit(req.payload)
  })
}

const readStamp = async (payload: Payload): Promise<string | null> => {
  // System read of an internal document (no user, no access rules apply).
  const doc = (await payload.findGlobal({ slug: globalSlugs.publicCacheState, depth: 0, overrideAccess: true })) as { stamp?: string | null } | null
  return doc?.stamp ?? null
}

/**
 * Starts reading the stored stamp every `pollMs` (once per process; later calls do nothing). The
 * first read always bumps: whatever was cached before it cannot be known to be current.
 */
export const watchStoredGeneration = (payload: Payload): void => {
  const state = deliveryState()
  if (state.poller) return
  const poller: NonNullable<DeliveryState['poller']> = { timer: null, stopped: false }
  state.poller = poller
  const tick = async () => {
    try {
      const stamp = await readStamp(payload)
      if (stamp !== state.seenStamp) {
        state.seenStamp = stamp
        bumpGeneration()
      }
    } catch {
      // The database is busy or closing: the next tick tries again.
    }
    if (!poller.stopped) {
      poller.timer = setTimeout(tick, state.settings.pollMs)
      poller.timer.unref()
    }
  }
  void tick()
}

/** Stops the polling (tests, shutdown). */
export const stopWatching = (): void => {
  const state = deliveryState()
  if (!state.poller) return
  state.poller.stopped = true
  if (state.poller.timer) clearTimeout(state.poller.timer)
  state.poller = null
}
