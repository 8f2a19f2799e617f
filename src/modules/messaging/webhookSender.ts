import type { Payload } from 'payload'

import { asSystem } from '@/platform/access/asUser'
import { postToPublicAddress } from '@/platform/net/publicAddress'
import { slugs } from '@/platform/slugs'
import { signWebhook } from '@/modules/messaging/domain/webhookEvents'
import { bilingual } from '@/modules/messaging/i18n'
import type { OutboxMessage } from '@/modules/messaging/outbox'
import type { WebhookEvent } from '@/modules/messaging/webhooks'

const TIMEOUT_MS = 10_000

/**
 * POSTs an event, signed with the hook's current secret (read at send time, so it never sits in the
 * outbox). Anything but a 2xx answer is a failure the outbox retries with back-off.
 */
export const sendWebhook = async (payload: Payload, message: OutboxMessage): Promise<void> => {
  const { hookId, event } = message.data as { hookId: number | string; event: WebhookEvent }
  // A system read: subscriptions are admin data, and delivery runs for no user.
  const hook = await asSystem(payload).findByID({
    collection: slugs.webhooks,
    id: hookId,
    depth: 0,
    disableErrors: true,
  })
  if (!hook || !hook.active) throw new Error(bilingual('webhooks.gone'))
  const body = JSON.stringify(event)
  const timestamp = Math.floor(Date.now() / 1000)
  // Public addresses only (unless WEBHOOK_ALLOW_PRIVATE), checked again as the call connects.
  const response = await postToPublicAddress(
    hook.url,
    {
      'Content-Type': 'application/json; charset=utf-8',
      'User-Agent': 'CCHC-Webhooks/1',
      'X-CCHC-Event': event.type,
      'X-CCHC-Delivery': event.id,
      'X-CCHC-Timestamp': String(timestamp),
      'X-CCHC-Signature': signWebhook(String(hook.secret ?? ''), timestamp, body),
    },
    body,
    TIMEOUT_MS,
  )
  if (response.status < 200 || response.status > 299)
    throw new Error(`HTTP ${response.status} ${response.statusText}`)
}
