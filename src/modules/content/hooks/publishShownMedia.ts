import type { CollectionAfterChangeHook } from 'payload'

import type { Article, Faq } from '@/payload-types'
import { asSystem } from '@/platform/access/asUser'
import { slugs } from '@/platform/slugs'
import { mediaShownBy } from '@/modules/content/domain/mediaUse'

import { isDraftSave } from './liveState'

/**
 * afterChange: uploads are internal until published content shows them. When an article or FAQ is
 * published (or its live version changes), the files it shows become public, so the portal and
 * anonymous readers get its images; evidence and drafts' files stay internal.
 */
export const publishShownMedia: CollectionAfterChangeHook<Article | Faq> = async ({ doc, req }) => {
  if (doc._status !== 'published' || isDraftSave(req)) return doc
  const ids = mediaShownBy(doc, slugs.media)
  if (ids.length === 0) return doc
  // System work: publishing decides what the public sees; the publisher may not manage the files.
  await asSystem(req).update({
    collection: slugs.media,
    where: { and: [{ id: { in: ids } }, { visibility: { equals: 'internal' } }] },
    data: { visibility: 'public' },
    depth: 0,
  })
  return doc
}
