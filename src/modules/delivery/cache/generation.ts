import { randomUUID } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { asSystem } from '@/platform/access/asUser'
import { afterTransaction } from '@/platform/config/transactions'
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
          await asSystem(payload).updateGlobal({
            slug: globalSlugs.publicCacheState,
            data: newStamp(),
            depth: 0,
          })
          break
        } catch (error) {
          if (attempt === 5) {
            payload.logger.warn({
              err: error,
              msg: 'public cache: could not store the change stamp; other instances see this change with the next one',
            })
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
    const next = newStamp()
    await asSystem(req).updateGlobal({
      slug: globalSlugs.publicCacheState,
      data: next,
      depth: 0,
    })
    await afterTransaction(req, () => {
      bumpGeneration()
      // This instance has seen its own stamp: its poller need not empty the cache for it again.
      // (Writes are serialised, so a stamp stored after this one differs and is still noticed.)
      deliveryState().seenStamp = next.stamp
    })
    return
  }
  await afterTransaction(req, () => {
    bumpGeneration()
    void writeStampAfterCommit(req.payload)
  })
}

const readStamp = async (payload: Payload): Promise<string | null> => {
  // System read of an internal document (no user, no access rules apply).
  const doc = await asSystem(payload).findGlobal({ slug: globalSlugs.publicCacheState, depth: 0 })
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

/** After quiet bulk work (the seed, imports): one bump instead of one per document. */
export const publicContentRebuilt = async (payload: Payload): Promise<void> => {
  bumpGeneration()
  await writeStampAfterCommit(payload)
}
