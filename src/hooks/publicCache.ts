import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { publicContentChanged } from '../public/delivery/generation'

/**
 * For every collection whose data the public API, feeds or widget show: a write drops the cached
 * public answers at once on this instance and, through the stored stamp, on every other instance
 * (see src/public/delivery/generation.ts). In a collection:
 * `afterChange: [invalidatesPublicCache.afterChange]`, `afterDelete: [invalidatesPublicCache.afterDelete]`.
 */
export const invalidatesPublicCache = {
  afterChange: (async ({ doc, req }) => {
    await publicContentChanged(req)
    return doc
  }) satisfies CollectionAfterChangeHook,
  afterDelete: (async ({ doc, req }) => {
    await publicContentChanged(req)
    return doc
  }) satisfies CollectionAfterDeleteHook,
}
