import type { GlobalConfig } from 'payload'
import { nobody } from '@/platform/access/predicates'
import { globalSlugs } from '@/platform/slugs'

/**
 * The stored mark of the last change to public content. Every write to content the public API, feeds
 * or widget show replaces `stamp` with a fresh value; each app instance reads it every few hundred
 * milliseconds and drops its response cache when it differs, so a change made through one instance
 * reaches all of them. Internal: only the Local API reads or writes it.
 */
export const PublicCacheState: GlobalConfig = {
  slug: globalSlugs.publicCacheState,
  admin: { hidden: true },
  graphQL: false,
  access: { read: nobody, update: nobody },
  fields: [
    { name: 'stamp', type: 'text' },
    { name: 'changedAt', type: 'date' },
  ],
}
