import { createHmac, timingSafeEqual } from 'node:crypto'

export type WebhookEventType = 'published' | 'updated' | 'unpublished'
export const webhookEventTypes: WebhookEventType[] = ['published', 'updated', 'unpublished']

/**
 * What a change did to the public site: a first publication, an edit of live content, or taking it
 * off (unpublishing or deleting published content). Draft saves change nothing public.
 */
export const publicChange = (
  before: { _status?: string | null } | null | undefined,
  after: { _status?: string | null } | null | undefined,
  draftSave: boolean,
): WebhookEventType | null => {
  if (draftSave) return null
  const was = before?._status === 'published'
  const is = after?._status === 'published'
  if (is && !was) return 'published'
  if (is && was) return 'updated'
  if (was && !is) return 'unpublished'
  return null
}

/**
 * The signature portals check: HMAC-SHA256 of "<timestamp>.<body>" with the hook's secret, sent as
 * `X-CCHC-Signature: sha256=<hex>` beside `X-CCHC-Timestamp` (seconds). Signing the timestamp lets a
 * receiver refuse old replays.
 */
export const signWebhook = (secret: string, timestamp: number, body: string): string =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`

/** Checks a signature in constant time (for receivers, and the tests that play one). */
export const verifyWebhook = (
  secret: string,
  timestamp: number,
  body: string,
  signature: string,
): boolean => {
  const expected = Buffer.from(signWebhook(secret, timestamp, body))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
