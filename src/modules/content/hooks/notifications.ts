import type { CollectionAfterChangeHook } from 'payload'

import type { Article, Faq } from '@/payload-types'
import { isQuiet } from '@/platform/context'
import { relationId } from '@/platform/fields/relationId'
import { contentEvent, notify } from '@/modules/messaging'

/**
 * afterChange on articles and FAQs: a move into review tells the reviewers of the document's unit
 * and the units above it; a return (with the reviewer's comment) or a publication tells the author.
 * Keyed on the transition itself (the state before and after the save), whatever path made it.
 */
export const notifyReviewWorkflow: CollectionAfterChangeHook<Article | Faq> = async ({
  doc,
  previousDoc,
  operation,
  req,
  collection,
}) => {
  if (isQuiet(req)) return doc
  const from = operation === 'create' ? 'draft' : (previousDoc?.reviewStatus ?? 'draft')
  const kind = contentEvent(from, doc.reviewStatus)
  if (!kind) return doc
  const unit = relationId(doc.unit)
  const author = relationId(doc.author)
  const to =
    kind === 'reviewRequested'
      ? unit === null
        ? null
        : { reviewersOf: unit }
      : { users: author === null ? [] : [author] }
  if (!to) return doc
  await notify(req, {
    kind,
    to,
    collection: collection.slug,
    docId: doc.id,
    version: doc.updatedAt,
    title: 'title' in doc ? doc.title : doc.question,
    note: kind === 'contentReturned' ? doc.reviewComment : null,
    unit,
  })
  return doc
}
