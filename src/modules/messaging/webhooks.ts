import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, Payload, PayloadRequest } from 'payload'

import { resolveServerUrl } from '@/platform/config/env'
import { slugs } from '@/platform/slugs'
import { publicChange, signWebhook, type WebhookEventType } from './domain/webhookEvents'
import { isDraftSave } from '@/modules/content/hooks/editorialWorkflow'
import { translate } from '@/platform/i18n/messages'
import { enqueue, registerSender, type OutboxMessage } from './outbox'

type Doc = Record<string, any>

/** The event body portals receive (documented in the README). */
export type WebhookEvent = {
  id: string
  type: `${'article' | 'faq'}.${WebhookEventType}`
  occurredAt: string
  collection: string
  document: { id: string; slug: string | null; title: string; publishedAt: string | null; url: string }
}

const kindOf = (collection: string) => (collection === slugs.faqs ? 'faq' : 'article')

/**
 * Queues one event per subscribed hook, in the write's transaction: the outbox key
 * ("webhook:<hook>:<collection>:<doc>:<type>:<updatedAt>") names the event, so it goes out once.
 */
const queueEvents = async (req: PayloadRequest, collection: string, doc: Doc, type: WebhookEventType): Promise<void> => {
  // A system read: subscriptions are admin data, and this runs for whoever made the change.
  const { docs: hooks } = await req.payload.find({
    collection: slugs.webhooks,
    where: { and: [{ active: { equals: true } }, { collections: { in: [collection] } }, { events: { in: [type] } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (hooks.length === 0) return
  const occurredAt = new Date().toISOString()
  const stamp = String(doc.updatedAt ?? occurredAt)
  const base = resolveServerUrl(process.env).replace(/\/$/, '')
  const event: Omit<WebhookEvent, 'id'> = {
    type: `${kindOf(collection)}.${type}`,
    occurredAt,
    collection,
    document: {
      id: String(doc.id),
      slug: doc.slug ?? null,
      title: String(doc.title ?? doc.question ?? ''),
      publishedAt: doc.publishedAt ?? null,
      url: `${base}/api/public/v1/${collection}/${encodeURIComponent(String(doc.slug ?? doc.id))}`,
    },
  }
  for (const hook of hooks) {
    const key = `webhook:${hook.id}:${collection}:${doc.id}:${type}:${stamp}`
    await enqueue(req.payload, { key, channel: 'webhook', template: 'webhookEvent', to: hook.url, subject: `${event.type} – ${event.document.title}`, data: { hookId: hook.id, event: { id: key, ...event } } }, req)
  }
}

const WAS_PUBLISHED = 'webhookWasPublished'

/**
 * beforeChange: notes whether the document was live before this write. `previousDoc` cannot say:
 * after a draft save it is the draft, while the published version (the stored document) is live.
 */
export const rememberPublicState: CollectionBeforeChangeHook = async ({ originalDoc, req, collection, operation }) => {
  if (operation === 'update' && originalDoc?.id !== undefined) {
    const stored = await req.payload.db.findOne({ collection: collection.slug, where: { id: { equals: originalDoc.id } }, req })
    req.context[`${WAS_PUBLISHED}:${collection.slug}:${originalDoc.id}`] = (stored as Doc | null)?._status === 'published'
  }
}

/** afterChange on articles and FAQs: a change that alters the public site becomes an event. */
export const queueWebhookOnChange: CollectionAfterChangeHook = async ({ doc, req, collection, operation }) => {
  const was = operation === 'update' && req.context[`${WAS_PUBLISHED}:${collection.slug}:${doc.id}`] === true
  const type = publicChange({ _status: was ? 'published' : 'draft' }, doc, isDraftSave(req))
  if (type) await queueEvents(req, collection.slug, doc, type)
  return doc
}

/** afterDelete: published content that is deleted is gone from the public site. */
export const queueWebhookOnDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  if (doc._status === 'published') await queueEvents(req, collection.slug, doc, 'unpublished')
  return doc
}

const TIMEOUT_MS = 10_000

/**
 * POSTs an event, signed with the hook's current secret (read at send time, so it never sits in the
 * outbox). Anything but a 2xx answer is a failure the outbox retries with back-off.
 */
const sendWebhook = async (payload: Payload, message: OutboxMessage): Promise<void> => {
  const { hookId, event } = message.data as { hookId: number | string; event: WebhookEvent }
  const hook = await payload.findByID({ collection: slugs.webhooks, id: hookId, depth: 0, overrideAccess: true, disableErrors: true })
  if (!hook || !hook.active) throw new Error(`${translate('vi', 'webhooks.gone')} / ${translate('en', 'webhooks.gone')}`)
  const body = JSON.stringify(event)
  const timestamp = Math.floor(Date.now() / 1000)
  const response = await fetch(hook.url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'User-Agent': 'CCHC-Webhooks/1',
      'X-CCHC-Event': event.type,
      'X-CCHC-Delivery': event.id,
      'X-CCHC-Timestamp': String(timestamp),
      'X-CCHC-Signature': signWebhook(String(hook.secret ?? ''), timestamp, body),
    },
    body,
    redirect: 'manual',
    signal: AbortSignal.timeout(TIMEOUT_MS),
  })
  await response.body?.cancel()
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`)
}

registerSender('webhook', sendWebhook)
