import type { FieldHook } from 'payload'

import type { Article } from '@/payload-types'
import { asSystem } from '@/platform/access/asUser'
import { slugs } from '@/platform/slugs'
import { ratingSummary } from '@/modules/content/domain/submissions'

/** The readers' rating of an article (count and average), computed when the article is read. */
export const readRating: FieldHook<Article> = async ({ originalDoc, req }) => {
  if (!originalDoc?.id) return { count: 0, average: null }
  // A system read: single ratings are staff-only, their summary is public.
  const { docs } = await asSystem(req).find({
    collection: slugs.ratings,
    where: { article: { equals: originalDoc.id } },
    select: { score: true },
    pagination: false,
    depth: 0,
  })
  return ratingSummary(docs.map((d) => d.score))
}
