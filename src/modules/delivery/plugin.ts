import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Plugin } from 'payload'

import { isQuiet } from '@/platform/context'
import { slugs } from '@/platform/slugs'

import { publicContentChanged } from './cache/generation'

/** Every collection whose data the public API, feeds, calendar feeds or widget show. */
export const publicCollections: readonly string[] = [
  slugs.units,
  slugs.media,
  slugs.articles,
  slugs.faqs,
  slugs.reformAreas,
  slugs.tags,
  slugs.procedureFields,
  slugs.campaignPlans,
  slugs.targetIndicators,
  slugs.broadcastItems,
  slugs.airings,
  slugs.outlets,
  slugs.unitReports,
]

const dropPublicCache = async ({
  doc,
  req,
}: Parameters<CollectionAfterChangeHook>[0] | Parameters<CollectionAfterDeleteHook>[0]) => {
  // Bulk work is quiet and bumps once at the end (see `publicContentRebuilt`).
  if (!isQuiet(req)) await publicContentChanged(req)
  return doc
}

/**
 * Attaches the public cache to the collections it serves: a write drops the cached public answers at
 * once on this instance and, through the stored stamp, on every other (see cache/generation.ts). The
 * collections know nothing of it; the assembly runs this plugin over them.
 */
export const publicCachePlugin: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    publicCollections.includes(collection.slug)
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), dropPublicCache],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), dropPublicCache],
          },
        }
      : collection,
  ),
})
