import { createHash } from 'node:crypto'
import os from 'node:os'
import type { Payload, PayloadRequest } from 'payload'

import { resolveServerUrl } from '@/platform/config/env'
import { slugs } from '@/platform/slugs'
import { MAX_ATTEMPTS, retryDelayMs } from './domain/rules'
import { isLanguage, type Language } from '@/platform/i18n/messages'
import { mailRuntime, noteSendOutcome } from './mailer'
import type { OutboxState } from './states'
import { renderMail, type TemplateData, type TemplateName } from './templates'

type Id = number | string

export type OutboxMessage = {
  id: Id
  key: string
  channel: 'email' | 'webhook'
  template: string
  to: string
  language?: string | null
  data?: unknown
  state: OutboxState
  attempts?: number | null
}

export type NewMessage =
  | { key: string; channel?: 'email'; template: TemplateName; to: string; language?: Language; data: TemplateData[TemplateName]; unit?: Id | null }
  | { key: string; channel: 'webhook'; template: 'webhookEvent'; to: string; data: object; subject: string; unit?: Id | null }

/** How long a sender owns a message it claimed; after that another process may take it over. */
export const SEND_LEASE_MS = 5 * 60_000

/** This process, as named in claims and heartbeats. */
export const workerName = (): string => `${os.hostname()}:${process.pid}`

/** Whether a write was refused because a row with the same unique `key` exists (SQLite or MongoDB). */
export const isUniqueViolation = (error: unknown): boolean => {
  const e = error as { name?: string; message?: string; data?: { errors?: { path?: string }[] } } | null
  if (e?.name === 'ValidationError') return (e.data?.errors ?? []).some((field) => field.path === 'key')
  return /UNIQUE constraint|duplicate key|E11000/i.test(e?.message ?? '')
}

/**
 * Stores a notification unless one with the same key exists: the same event (a reminder for one
 * airing, one recipient, one lead time) is queued once however many processes or runs see it.
 * Returns whether this call queued it. Pass `req` to queue within a write's transaction.
 */
export const enqueue = async (payload: Payload, message: NewMessage, req?: Partial<PayloadRequest>): Promise<boolean> => {
  const system = { overrideAccess: true, req } as const
  const { totalDocs } = await payload.count({ collection: slugs.outbox, where: { key: { equals: message.key } }, ...system })
  if (totalDocs > 0) return false
  const language = message.channel === 'webhook' ? 'vi' : (message.language ?? 'vi')
  const subject =
    message.channel === 'webhook' ? message.subject : (await renderMail(message.template, message.data as never, language, resolveServerUrl(process.env), { attachments: false })).subject
  try {
    await payload.create({
      collection: slugs.outbox,
      data: {
        key: message.key,
        channel: message.channel ?? 'email',
        template: message.template,
        to: message.to,
        language,
        data: message.data as Record<string, unknown>,
        subject,
        // Unit ids arrive as strings from the compliance engine; the relationship wants the stored type.
        unit: (message.unit === null || message.unit === undefined ? undefined : payload.db.defaultIDType === 'number' ? Number(message.unit) : message.unit) as number | undefined,
        state: 'pending',
        attempts: 0,
        nextAttemptAt: new Date().toISOString(),
      },
      depth: 0,
      ...system,
    })
    return true
  } catch (error) {
    // Another process queued the same event between the count and the insert.
    if (isUniqueViolation(error)) return false
    throw error
  }
}

/** Delivers one message on its channel; throws when the far end refused or could not be reached. */
export type Sender = (payload: Payload, message: OutboxMessage) => Promise<void>

const messageIdFor = (key: string, fromAddress: string): string =>
  `<${createHash('sha256').update(key).digest('hex').slice(0, 32)}@${fromAddress.split('@')[1] ?? 'cchc.local'}>`

const sendEmail: Sender = async (payload, message) => {
  const language: Language = isLanguage(message.language) ? message.language : 'vi'
  const mail = await renderMail(message.template as TemplateName, message.data as never, language, resolveServerUrl(process.env))
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

const senders: Partial<Record<OutboxMessage['channel'], Sender>> = { email: sendEmail }

/** Lets another channel (webhooks) deliver through the same outbox. */
export const registerSender = (channel: OutboxMessage['channel'], sender: Sender): void => {
  senders[channel] = sender
}

export type DeliveryOutcome = 'sent' | 'retry' | 'failed' | 'held' | 'lost'

/**
 * Claims one attempt and, if this process won it, sends. The claim is an insert under a unique key
 * ("<id>#<attempt>"): of several processes trying the same attempt exactly one succeeds. The winner
 * re-reads the message (it may have been sent or cancelled meanwhile), marks it sending with a lease,
 * sends, and records the outcome; a process dying mid-send leaves a lease that expires, and the next
 * attempt is claimed under the next number.
 */
export const deliverOne = async (payload: Payload, message: OutboxMessage, now = new Date()): Promise<DeliveryOutcome> => {
  const system = { overrideAccess: true, depth: 0 } as const
  const attempt = (message.attempts ?? 0) + 1
  try {
    await payload.create({ collection: slugs.outboxClaims, data: { key: `${message.id}#${attempt}`, worker: workerName() }, ...system })
  } catch (error) {
    if (isUniqueViolation(error)) return 'lost'
    throw error
  }
  const fresh = (await payload.findByID({ collection: slugs.outbox, id: message.id, disableErrors: true, ...system })) as OutboxMessage | null
  if (!fresh || (fresh.attempts ?? 0) !== attempt - 1 || fresh.state === 'sent' || fresh.state === 'cancelled' || fresh.state === 'failed') return 'lost'

  const sender = senders[fresh.channel]
  if (fresh.channel === 'email' && !mailRuntime().transport) {
    // No SMTP server configured (development): write the mail to the log and keep it.
    const mail = await renderMail(fresh.template as TemplateName, fresh.data as never, isLanguage(fresh.language) ? fresh.language : 'vi', resolveServerUrl(process.env), { attachments: false })
    payload.logger.info({ to: fresh.to, subject: mail.subject, text: mail.text }, 'Mail held in the outbox (no SMTP configured)')
    await payload.update({ collection: slugs.outbox, id: fresh.id, data: { state: 'held', attempts: attempt, leaseUntil: null }, ...system })
    return 'held'
  }
  await payload.update({
    collection: slugs.outbox,
    id: fresh.id,
    data: { state: 'sending', attempts: attempt, leaseUntil: new Date(now.getTime() + SEND_LEASE_MS).toISOString() },
    ...system,
  })
  try {
    if (!sender) throw new Error(`No sender for channel ${fresh.channel}`)
    await sender(payload, fresh)
  } catch (error) {
    const last = attempt >= MAX_ATTEMPTS
    await payload.update({
      collection: slugs.outbox,
      id: fresh.id,
      data: {
        state: last ? 'failed' : 'pending',
        lastError: (error as Error).message.slice(0, 2000),
        leaseUntil: null,
        nextAttemptAt: last ? null : new Date(now.getTime() + retryDelayMs(attempt)).toISOString(),
      },
      ...system,
    })
    return last ? 'failed' : 'retry'
  }
  // The mail is out: recording it must not be lost to a passing database error, or the lease would
  // expire and the next attempt would send it again.
  const sentAt = new Date().toISOString()
  for (let attempt = 1; ; attempt++) {
    try {
      await payload.update({ collection: slugs.outbox, id: fresh.id, data: { state: 'sent', sentAt, leaseUntil: null, lastError: null }, ...system })
      return 'sent'
    } catch (error) {
      if (attempt >= 10) throw error
      payload.logger.warn({ err: error, message: fresh.key }, 'Recording a sent message failed; trying again')
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt))
    }
  }
}

/**
 * Sends what is due: pending messages whose time has come, messages whose sender's lease ran out
 * (it died mid-send) and, once SMTP is configured, mails held while it was not.
 */
export const deliverDue = async (payload: Payload, { now = new Date(), limit = 50 } = {}): Promise<Record<DeliveryOutcome, number>> => {
  const waiting: OutboxState[] = mailRuntime().transport ? ['pending', 'held'] : ['pending']
  const { docs } = await payload.find({
    collection: slugs.outbox,
    overrideAccess: true,
    depth: 0,
    limit,
    sort: 'nextAttemptAt',
    where: {
      or: [
        { and: [{ state: { in: waiting } }, { or: [{ nextAttemptAt: { less_than_equal: now.toISOString() } }, { nextAttemptAt: { exists: false } }] }] },
        { and: [{ state: { equals: 'sending' } }, { leaseUntil: { less_than: now.toISOString() } }] },
      ],
    },
  })
  const counts: Record<DeliveryOutcome, number> = { sent: 0, retry: 0, failed: 0, held: 0, lost: 0 }
  for (const message of docs as unknown as OutboxMessage[]) {
    // A held mail waits for SMTP, not for its turn: it is not sent again while there is none.
    if (message.state === 'held' && message.channel === 'email' && !mailRuntime().transport) continue
    counts[await deliverOne(payload, message, now)]++
  }
  return counts
}
