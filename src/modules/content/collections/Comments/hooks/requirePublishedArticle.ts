import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { slugs } from '@/platform/slugs'
import { relationId } from '@/platform/fields/relationId'
import { t } from '@/platform/i18n/request'

/** Readers may only respond to an article they can actually read: a published one. */
export const requirePublishedArticle: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const id = relationId(data.article)
  const article =
    id === null
      ? null
      : await req.payload.findByID({ collection: slugs.articles, id, depth: 0, disableErrors: true, overrideAccess: true, req })
  if (!article || article._status !== 'published') throw new APIError(t(req, 'rating.articleNotPublic'), 400, undefined, true)
  return data
}
