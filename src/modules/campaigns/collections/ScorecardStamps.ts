import type { CollectionConfig } from 'payload'

import { nobody } from '@/platform/access/predicates'
import { slugs } from '@/platform/slugs'

/**
 * One row per kind of scorecard input (`plan:12`, `units`, `tallies:2026`, `content:2026`, `all`),
 * whose `stamp` is replaced whenever such an input changes. Each instance reads them every
 * `PUBLIC_CACHE_POLL_MS` and drops the scorecards it keeps that depend on a changed one, so a change
 * made through any instance reaches all of them (see compliance/scorecardCache.ts). One row per tag,
 * not one shared document: concurrent writers of different tags never overwrite each other.
 * Internal: only the platform reads or writes it.
 */
export const ScorecardStamps: CollectionConfig = {
  slug: slugs.scorecardStamps,
  admin: { hidden: true },
  graphQL: false,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'tag', type: 'text', required: true, unique: true },
    { name: 'stamp', type: 'text', required: true },
    { name: 'changedAt', type: 'date' },
  ],
}
