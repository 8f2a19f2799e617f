import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { QUIET, quietContext } from './context'
import { appExtensions } from './module'

/**
 * Runs bulk work (an import, the seed) with the request marked quiet: hooks skip side effects that
 * would otherwise repeat per document. Call `afterBulkWork` once the work is committed.
 */
export const quietly = async <T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> => {
  const before = req.context[QUIET]
  req.context[QUIET] = true
  try {
    return await work()
  } finally {
    req.context[QUIET] = before
  }
}

/** The one rebuild after quiet bulk work: each module's (tallies, the public cache…). */
export const afterBulkWork = async (payload: Payload): Promise<void> => {
  for (const rebuild of appExtensions(payload).bulkRebuilders) await rebuild(payload)
}

/** A request for bulk system work (the seed): no user, and marked quiet (see `quietly`). */
export const quietSystemRequest = (payload: Payload): Promise<PayloadRequest> =>
  createLocalReq({ context: { ...quietContext } }, payload)
