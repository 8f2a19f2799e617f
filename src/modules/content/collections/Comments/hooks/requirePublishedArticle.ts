import type { CollectionBeforeChangeHook } from 'payload'

import type { ArticleRating, Comment } from '@/payload-types'
import { asSystem } from '@/platform/access/asUser'
import { relationId } from '@/platform/fields/relationId'
import { slugs } from '@/platform/slugs'
import { refused } from '@/modules/content/i18n'

/** Readers may only respond to an article they can actually read: a published one. */
export const requirePublishedArticle: CollectionBeforeChangeHook<Comment | ArticleRating> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const id = relationId(data.article)
  // A system read of the article's state: whether the reader may see it is what is being checked.
  const article =
    id === null
      ? null
      : await asSystem(req).findByID({
          collection: slugs.articles,
          id,
          depth: 0,
          disableErrors: true,
        })
  if (!article || article._status !== 'published') throw refused(req, 'rating.articleNotPublic')
  return data
}
