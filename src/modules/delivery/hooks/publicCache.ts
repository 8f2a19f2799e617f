import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { publicContentChanged } from '@/modules/delivery/cache/generation'

/**
 * For every collection whose data the public API, feeds or widget show: a write drops the cached
 * public answers at once on this instance and, through the stored stamp, on every other instance
 * (see src/public/delivery/generation.ts). In a collection:
 * `afterChange: [invalidatesPublicCache.afterChange]`, `afterDelete: [invalidatesPublicCache.afterDelete]`.
 */
const dropPublicCache = async ({ doc, req }: Parameters<CollectionAfterChangeHook>[0] | Parameters<CollectionAfterDeleteHook>[0]) => {
  await publicContentChanged(req)
  return doc
}

export const invalidatesPublicCache = {
  afterChange: dropPublicCache satisfies CollectionAfterChangeHook,
  afterDelete: dropPublicCache satisfies CollectionAfterDeleteHook,
}
