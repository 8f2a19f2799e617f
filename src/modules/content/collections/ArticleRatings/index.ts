import type { CollectionConfig } from 'payload'

import { anyone, isAdmin, nobody, nobodyField } from '@/platform/access/predicates'
import { slugs } from '@/platform/slugs'
import { moderators } from '@/modules/content/access'
import { requirePublishedArticle } from '@/modules/content/collections/Comments/hooks/requirePublishedArticle'
import { guardPublicSubmission } from '@/modules/content/hooks/guardPublicSubmission'
import { label } from '@/modules/content/i18n'

import { captureVisitorId, onePerVisitor } from './hooks/onePerVisitor'

/**
 * 1–5 ratings of articles by readers. Individual ratings are staff-only; readers see the count and
 * average on the article itself.
 */
export const ArticleRatings: CollectionConfig = {
  slug: slugs.ratings,
  labels: { singular: label('ratings.singular'), plural: label('ratings.plural') },
  admin: { group: label('group.engagement'), defaultColumns: ['article', 'score', 'createdAt'] },
  access: { read: moderators, create: anyone, update: nobody, delete: isAdmin },
  hooks: {
    beforeOperation: [
      captureVisitorId,
      // The same offline proof as comments: a script cannot pile up ratings for free.
      guardPublicSubmission({ kind: 'rating', requireProof: true, texts: [] }),
    ],
    beforeChange: [requirePublishedArticle, onePerVisitor],
  },
  fields: [
    {
      name: 'article',
      type: 'relationship',
      relationTo: slugs.articles,
      required: true,
      index: true,
      label: label('rating.article'),
    },
    { name: 'score', type: 'number', required: true, min: 1, max: 5, label: label('rating.score') },
    {
      name: 'visitorKey',
      type: 'text',
      unique: true,
      admin: { hidden: true },
      access: { read: nobodyField },
    },
  ],
}
