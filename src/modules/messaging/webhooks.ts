import type { PayloadRequest } from 'payload'

import { asSystem } from '@/platform/access/asUser'
import { resolveServerUrl } from '@/platform/config/env'
import { slugs } from '@/platform/slugs'
import type { WebhookEventType } from '@/modules/messaging/domain/webhookEvents'
import { enqueueWebhook } from '@/modules/messaging/outbox'

/** The event body portals receive (documented in the README). */
export type WebhookEvent = {
  id: string
  type: `${'article' | 'faq'}.${WebhookEventType}`
  occurredAt: string
  collection: string
  document: {
    id: string
    slug: string | null
    title: string
    publishedAt: string | null
    url: string
  }
}

/** What an event says about the document that changed. */
export type WebhookSubject = {
  id: number | string
  slug?: string | null
  title: string
  publishedAt?: string | null
  updatedAt?: string | null
}

const kindOf = (collection: string) => (collection === slugs.faqs ? 'faq' : 'article')

/**
 * Queues one event per subscribed hook, in the write's transaction: the outbox key
 * ("webhook:<hook>:<collection>:<doc>:<type>:<updatedAt>") names the event, so it goes out once.
 */
export const queueWebhookEvents = async (
  req: PayloadRequest,
  collection: string,
  doc: WebhookSubject,
  type: WebhookEventType,
): Promise<void> => {
  // A system read: subscriptions are admin data, and this runs for whoever made the change.
  const { docs: hooks } = await asSystem(req).find({
    collection: slugs.webhooks,
    where: {
      and: [
        { active: { equals: true } },
        { collections: { in: [collection] } },
        { events: { in: [type] } },
      ],
    },
    depth: 0,
    pagination: false,
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
      title: doc.title,
      publishedAt: doc.publishedAt ?? null,
      url: `${base}/api/public/v1/${collection}/${encodeURIComponent(String(doc.slug ?? doc.id))}`,
    },
  }
  for (const hook of hooks) {
    const key = `webhook:${hook.id}:${collection}:${doc.id}:${type}:${stamp}`
    await enqueueWebhook(
      req.payload,
      {
        key,
        to: hook.url,
        subject: `${event.type} – ${event.document.title}`,
        data: { hookId: hook.id, event: { id: key, ...event } },
      },
      req,
    )
  }
}
