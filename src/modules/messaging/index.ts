import type { CollectionConfig, Endpoint, GlobalConfig, Plugin, TaskConfig } from 'payload'

import { firedAt, scheduledTaskOptions } from '@/platform/jobs/task'
import type { AppExtensions } from '@/platform/module'

import { Notifications } from './collections/Notifications'
import { Outbox, outboxTemplateOptions } from './collections/Outbox'
import { OutboxClaims } from './collections/OutboxClaims'
import { Webhooks } from './collections/Webhooks'
import { healthEndpoint } from './endpoints/health'
import { checkMailTransport, mailAdapter } from './mailer'
import { notificationMail } from './notificationMail'
import { notificationOptOuts } from './optOuts'
import { deliverDue } from './outbox'
import { passwordResetByOutbox, passwordResetMail } from './passwordReset'
import { messagingToDo } from './tasks'

/**
 * Messaging: the outbox every notification goes through (mail and portal webhooks, each sent once,
 * retried with back-off), the SMTP transport, the registry of mail templates the modules declare,
 * and the health of all of it.
 */
export const collections: CollectionConfig[] = [Outbox, OutboxClaims, Webhooks, Notifications]
export const globals: GlobalConfig[] = []
export const endpoints: Endpoint[] = [healthEndpoint]
/** Sends what is due in the outbox; the scheduler runs it at the end of every minute's tick. */
const deliverOutbox: TaskConfig<'deliverOutbox'> = {
  slug: 'deliverOutbox',
  ...scheduledTaskOptions,
  handler: async ({ input, req }) => ({
    output: { result: await deliverDue(req.payload, { now: firedAt(input) }) },
  }),
}

export const tasks = [deliverOutbox]
export { messages } from './messages'
/** The SMTP transport from the environment (none: Payload logs mail, and the outbox holds it). */
const mailTransport: Plugin = (config) => ({ ...config, email: config.email ?? mailAdapter() })

export const plugins: Plugin[] = [
  outboxTemplateOptions,
  mailTransport,
  passwordResetByOutbox,
  notificationOptOuts,
]

const smtpStatus = async (): Promise<string> => {
  const mail = await checkMailTransport(true)
  return `SMTP: ${!mail.configured ? 'chưa cấu hình, thư được giữ trong hộp thư đi / not configured, mail is held in the outbox' : mail.ok ? 'OK' : `không kết nối được / unreachable: ${mail.error}`}`
}

export const extensions: Partial<AppExtensions> = {
  // Every minute, after the due jobs: send what they queued.
  tickTasks: ['deliverOutbox'],
  mailTemplates: [passwordResetMail, notificationMail],
  statusReports: [smtpStatus],
  taskCounters: [messagingToDo],
}

/** The bell in the admin's header: the signed-in person's unread notifications. */
export const headerActions = [
  '/src/modules/messaging/collections/Notifications/components/NotificationBell#NotificationBell',
]

export {
  contentEvent,
  eventKey,
  notificationKinds,
  reportEvent,
  type NotificationKind,
} from './domain/notifications'
export { notify, type Audience, type NotifyEvent } from './notify'
export { webhookEventTypes, publicChange, type WebhookEventType } from './domain/webhookEvents'
export { isUniqueViolation, enqueueMail, type NewMail } from './outbox'
export { contactsCache, type Recipient, type UnitContacts } from './recipients'
export {
  adminLink,
  capped,
  composeMail,
  defineMailTemplate,
  greeting,
  unitLine,
  type Block,
} from './templates'
export { queueWebhookEvents, type WebhookSubject } from './webhooks'
