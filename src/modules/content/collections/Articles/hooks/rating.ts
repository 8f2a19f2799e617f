import type { FieldHook } from 'payload'

import { slugs } from '@/platform/slugs'
import { ratingSummary } from '@/modules/content/domain/submissions'

/** The readers' rating of an article (count and average), computed when the article is read. */
export const readRating: FieldHook = async ({ originalDoc, req }) => {
  if (!originalDoc?.id) return { count: 0, average: null }
  const { docs } = await req.payload.find({
    collection: slugs.ratings,
    where: { article: { equals: originalDoc.id } },
    select: { score: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return ratingSummary(docs.map((d) => d.score as number))
}
