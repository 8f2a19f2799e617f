import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Article, Faq } from '@/payload-types'
import { isQuiet } from '@/platform/context'
import { relationId } from '@/platform/fields/relationId'
import { audit } from '@/modules/organisation'
import { queueWebhookEvents } from '@/modules/messaging'

import { liveChange } from './liveState'

const subject = (doc: Article | Faq) => ({
  id: doc.id,
  slug: doc.slug,
  title: 'title' in doc ? doc.title : doc.question,
  publishedAt: doc.publishedAt,
  updatedAt: doc.updatedAt,
})

/** afterChange on articles and FAQs: a change that alters the public site becomes a portal event. */
export const queueWebhookOnChange: CollectionAfterChangeHook<Article | Faq> = async ({
  doc,
  req,
  collection,
}) => {
  const change = liveChange(req, collection.slug, doc.id, doc)
  if (change && !isQuiet(req)) {
    await queueWebhookEvents(req, collection.slug, subject(doc), change)
    // Publishing and taking off are also written to the audit log (edits of live content are not).
    if (change !== 'updated')
      await audit(req, {
        action: change === 'published' ? 'content.published' : 'content.unpublished',
        collection: collection.slug,
        documentId: doc.id,
        unit: relationId(doc.unit),
        summary: { title: subject(doc).title, slug: doc.slug },
      })
  }
  return doc
}

/** afterDelete: published content that is deleted is gone from the public site. */
export const queueWebhookOnDelete: CollectionAfterDeleteHook<Article | Faq> = async ({
  doc,
  req,
  collection,
}) => {
  if (doc._status === 'published' && !isQuiet(req))
    await queueWebhookEvents(req, collection.slug, subject(doc), 'unpublished')
  if (!isQuiet(req))
    await audit(req, {
      action: 'content.deleted',
      collection: collection.slug,
      documentId: doc.id,
      unit: relationId(doc.unit),
      summary: { title: subject(doc).title, slug: doc.slug, status: doc._status },
    })
  return doc
}
