import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Webhook } from '@/payload-types'
import { slugs } from '@/platform/slugs'
import { audit, changedFields } from '@/modules/organisation'

/** What the log keeps of a subscription: never its secret, only that it changed. */
const FIELDS = ['name', 'url', 'collections', 'events', 'active'] as const

/** A webhook registered, changed or removed is a configuration change: it goes in the audit log. */
export const auditWebhookChange: CollectionAfterChangeHook<Webhook> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const before = operation === 'create' ? null : previousDoc
  const changes = changedFields(before ? { ...before } : null, { ...doc }, FIELDS)
  const secretChanged = operation === 'update' && previousDoc?.secret !== doc.secret
  if (operation === 'update' && Object.keys(changes).length === 0 && !secretChanged) return doc
  await audit(req, {
    action: 'webhook.changed',
    collection: slugs.webhooks,
    documentId: doc.id,
    summary: { operation, ...changes, ...(secretChanged ? { secretChanged: true } : {}) },
  })
  return doc
}

export const auditWebhookDelete: CollectionAfterDeleteHook<Webhook> = async ({ doc, req }) => {
  await audit(req, {
    action: 'webhook.changed',
    collection: slugs.webhooks,
    documentId: doc.id,
    summary: { operation: 'delete', name: doc.name, url: doc.url },
  })
  return doc
}
