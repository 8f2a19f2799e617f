import { createHash } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import type { Outbox } from '@/payload-types'
import { asSystem } from '@/platform/access/asUser'
import { resolveServerUrl, resolveWorkLeases } from '@/platform/config/env'
import { nativeId } from '@/platform/fields/relationId'
import { languageOf, type Language } from '@/platform/i18n/catalog'
import { workerName } from '@/platform/jobs/scheduler'
import type { MailTemplate } from '@/platform/module'
import { slugs } from '@/platform/slugs'
import { MAX_ATTEMPTS, retryDelayMs } from '@/modules/messaging/domain/rules'
import { mailRuntime, noteSendOutcome } from '@/modules/messaging/mailer'
import type { OutboxState } from '@/modules/messaging/states'
import { renderMail } from '@/modules/messaging/templates'
import { sendWebhook } from '@/modules/messaging/webhookSender'

type Id = number | string

export type OutboxMessage = Pick<
  Outbox,
  'id' | 'key' | 'channel' | 'template' | 'to' | 'language' | 'data' | 'state' | 'attempts'
>

/** A mail to queue: the template object types its data; the outbox stores the template's name. */
export type NewMail<Data> = {
  key: string
  template: MailTemplate<Data>
  to: string
  language?: Language
  data: Data
  unit?: Id | null
}

/** A webhook event to queue (sent by `sendWebhook`). */
export type NewWebhook = {
  key: string
  to: string
  data: object
  subject: string
  unit?: Id | null
}

/**
 * How long a sender owns a message it claimed; after that another process may take it over
 * (`OUTBOX_LEASE_SECONDS`, 5 minutes; a wrong value keeps the default and is reported).
 */
const sendLeaseMs = (): number => {
  try {
    return resolveWorkLeases(process.env).sendMs
  } catch {
    return resolveWorkLeases({}).sendMs
  }
}

/** Whether a write was refused because a row with the same unique `key` exists (SQLite or MongoDB). */
export const isUniqueViolation = (error: unknown): boolean => {
  const e = error as {
    name?: string
    message?: string
    data?: { errors?: { path?: string }[] }
  } | null
  if (e?.name === 'ValidationError')
    return (e.data?.errors ?? []).some((field) => field.path === 'key')
  return /UNIQUE constraint|duplicate key|E11000/i.test(e?.message ?? '')
}

type Stored = {
  key: string
  channel: 'email' | 'webhook'
  template: string
  to: string
  language: Language
  data: unknown
  subject: string
  unit?: Id | null
}

/**
 * Stores a notification unless one with the same key exists: the same event (a reminder for one
 * airing, one recipient, one lead time) is queued once however many processes or runs see it.
 * Returns whether this call queued it. Pass `req` to queue within a write's transaction.
 */
const store = async (payload: Payload, message: Stored, req?: PayloadRequest): Promise<boolean> => {
  // The outbox is written by the system only (admins act on it through its endpoints).
  const system = asSystem(req ?? payload)
  const { totalDocs } = await system.count({
    collection: slugs.outbox,
    where: { key: { equals: message.key } },
  })
  if (totalDocs > 0) return false
  try {
    await system.create({
      collection: slugs.outbox,
      data: {
        ...message,
        // A registered template's name (the field lists them all, see outboxTemplateOptions).
        template: message.template as Outbox['template'],
        // The outbox keeps a template's data as JSON; templates type it on the way in and out.
        data: message.data as Outbox['data'],
        unit:
          message.unit === null || message.unit === undefined
            ? undefined
            : nativeId(payload, message.unit),
        state: 'pending',
        attempts: 0,
        nextAttemptAt: new Date().toISOString(),
      },
      depth: 0,
    })
    return true
  } catch (error) {
    // Another process queued the same event between the count and the insert.
    if (isUniqueViolation(error)) return false
    throw error
  }
}

/** Queues a mail (see `store`); its subject is rendered now so admins can read the outbox. */
export const enqueueMail = async <Data>(
  payload: Payload,
  mail: NewMail<Data>,
  req?: PayloadRequest,
): Promise<boolean> => {
  const language = mail.language ?? 'vi'
  const { subject } = await mail.template.render(mail.data, {
    language,
    adminUrl: resolveServerUrl(process.env),
    attachments: false,
  })
  return store(
    payload,
    {
      key: mail.key,
      channel: 'email',
      template: mail.template.name,
      to: mail.to,
      language,
      data: mail.data,
      subject,
      unit: mail.unit,
    },
    req,
  )
}

/** Queues a webhook event (see `store`). */
export const enqueueWebhook = (
  payload: Payload,
  event: NewWebhook,
  req?: PayloadRequest,
): Promise<boolean> =>
  store(payload, { ...event, channel: 'webhook', template: WEBHOOK_TEMPLATE, language: 'vi' }, req)

/** The outbox's template name of webhook events (they are not mails and have no template of their own). */
export const WEBHOOK_TEMPLATE = 'webhookEvent'

/** Delivers one message on its channel; throws when the far end refused or could not be reached. */
export type Sender = (payload: Payload, message: OutboxMessage) => Promise<void>

const messageIdFor = (key: string, fromAddress: string): string =>
  `<${createHash('sha256').update(key).digest('hex').slice(0, 32)}@${fromAddress.split('@')[1] ?? 'cchc.local'}>`

const sendEmail: Sender = async (payload, message) => {
  const mail = await renderMail(
    payload,
    message.template,
    message.data,
    message.language,
    resolveServerUrl(process.env),
  )
  const from = mailRuntime().settings?.from
  try {
    await payload.sendEmail({
      to: message.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      attachments: mail.attachments,
      // Stable per event: if a process dies after the server took a mail but before it was marked
      // sent, the resend carries the same Message-ID and mail clients show it once.
      messageId: messageIdFor(message.key, from?.address ?? 'cchc@localhost'),
    })
    noteSendOutcome(null)
  } catch (error) {
    noteSendOutcome(error as Error)
    throw error
  }
}

/** The channels the outbox delivers on. */
const senders: Record<OutboxMessage['channel'], Sender> = { email: sendEmail, webhook: sendWebhook }

export type DeliveryOutcome = 'sent' | 'retry' | 'failed' | 'held' | 'lost'

/**
 * Claims one attempt and, if this process won it, sends. The claim is an insert under a unique key
 * ("<id>#<attempt>"): of several processes trying the same attempt exactly one succeeds. The winner
 * re-reads the message (it may have been sent or cancelled meanwhile), marks it sending with a lease,
 * sends, and records the outcome; a process dying mid-send leaves a lease that expires, and the next
 * attempt is claimed under the next number.
 */
export const deliverOne = async (
  payload: Payload,
  message: OutboxMessage,
  now = new Date(),
): Promise<DeliveryOutcome> => {
  // Delivery is the system's own work on its own records.
  const system = asSystem(payload)
  const attempt = (message.attempts ?? 0) + 1
  try {
    await system.create({
      collection: slugs.outboxClaims,
      data: { key: `${message.id}#${attempt}`, worker: workerName() },
      depth: 0,
    })
  } catch (error) {
    if (isUniqueViolation(error)) return 'lost'
    throw error
  }
  const fresh = await system.findByID({
    collection: slugs.outbox,
    id: message.id,
    disableErrors: true,
    depth: 0,
  })
  if (
    !fresh ||
    (fresh.attempts ?? 0) !== attempt - 1 ||
    fresh.state === 'sent' ||
    fresh.state === 'cancelled' ||
    fresh.state === 'failed'
  )
    return 'lost'

  if (fresh.channel === 'email' && !mailRuntime().transport) {
    // No SMTP server configured (development): write the mail to the log and keep it.
    const mail = await renderMail(
      payload,
      fresh.template,
      fresh.data,
      languageOf(fresh.language),
      resolveServerUrl(process.env),
      { attachments: false },
    )
    payload.logger.info(
      { to: fresh.to, subject: mail.subject, text: mail.text },
      'Mail held in the outbox (no SMTP configured)',
    )
    await system.update({
      collection: slugs.outbox,
      id: fresh.id,
      data: { state: 'held', attempts: attempt, leaseUntil: null },
      depth: 0,
    })
    return 'held'
  }
  await system.update({
    collection: slugs.outbox,
    id: fresh.id,
    data: {
      state: 'sending',
      attempts: attempt,
      leaseUntil: new Date(now.getTime() + sendLeaseMs()).toISOString(),
    },
    depth: 0,
  })
  try {
    await senders[fresh.channel](payload, fresh)
  } catch (error) {
    const last = attempt >= MAX_ATTEMPTS
    await system.update({
      collection: slugs.outbox,
      id: fresh.id,
      data: {
        state: last ? 'failed' : 'pending',
        lastError: (error as Error).message.slice(0, 2000),
        leaseUntil: null,
        nextAttemptAt: last ? null : new Date(now.getTime() + retryDelayMs(attempt)).toISOString(),
      },
      depth: 0,
    })
    return last ? 'failed' : 'retry'
  }
  // The mail is out: recording it must not be lost to a passing database error, or the lease would
  // expire and the next attempt would send it again.
  const sentAt = new Date().toISOString()
  for (let tries = 1; ; tries++) {
    try {
      await system.update({
        collection: slugs.outbox,
        id: fresh.id,
        data: { state: 'sent', sentAt, leaseUntil: null, lastError: null },
        depth: 0,
      })
      return 'sent'
    } catch (error) {
      if (tries >= 10) throw error
      payload.logger.warn(
        { err: error, message: fresh.key },
        'Recording a sent message failed; trying again',
      )
      await new Promise((resolve) => setTimeout(resolve, 50 * tries))
    }
  }
}

/**
 * Sends what is due: pending messages whose time has come, messages whose sender's lease ran out
 * (it died mid-send) and, once SMTP is configured, mails held while it was not.
 */
export const deliverDue = async (
  payload: Payload,
  { now = new Date(), limit = 50 } = {},
): Promise<Record<DeliveryOutcome, number>> => {
  const waiting: OutboxState[] = mailRuntime().transport ? ['pending', 'held'] : ['pending']
  const { docs } = await asSystem(payload).find({
    collection: slugs.outbox,
    depth: 0,
    limit,
    sort: 'nextAttemptAt',
    where: {
      or: [
        {
          and: [
            { state: { in: waiting } },
            {
              or: [
                { nextAttemptAt: { less_than_equal: now.toISOString() } },
                { nextAttemptAt: { exists: false } },
              ],
            },
          ],
        },
        {
          and: [{ state: { equals: 'sending' } }, { leaseUntil: { less_than: now.toISOString() } }],
        },
      ],
    },
  })
  const counts: Record<DeliveryOutcome, number> = { sent: 0, retry: 0, failed: 0, held: 0, lost: 0 }
  for (const message of docs) {
    // A held mail waits for SMTP, not for its turn: it is not sent again while there is none.
    if (message.state === 'held' && message.channel === 'email' && !mailRuntime().transport)
      continue
    counts[await deliverOne(payload, message, now)]++
  }
  return counts
}
