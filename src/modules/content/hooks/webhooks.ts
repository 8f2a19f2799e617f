import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Article, Faq } from '@/payload-types'
import { isQuiet } from '@/platform/context'
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
  if (change && !isQuiet(req)) await queueWebhookEvents(req, collection.slug, subject(doc), change)
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
  return doc
}
