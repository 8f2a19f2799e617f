import type { Payload, PayloadRequest } from 'payload'

import type { PersonalDataBreach } from '@/payload-types'
import { asSystem } from '@/platform/access/asUser'
import { languageOf } from '@/platform/i18n/catalog'
import { slugs } from '@/platform/slugs'
import { formatDateTime } from '@/platform/time'
import {
  adminLink,
  composeMail,
  defineMailTemplate,
  enqueueMail,
  greeting,
} from '@/modules/messaging'
import {
  dueBreachReminders,
  notificationDeadline,
  NOTIFICATION_HOURS,
  type BreachReminder,
} from '@/modules/content/domain/breach'
import { label, translate } from '@/modules/content/i18n'

type BreachMailData = {
  recipientName: string
  breachId: number | string
  title: string
  discoveredAt: string
  deadline: string
}

const breachMail = (reminder: BreachReminder) =>
  defineMailTemplate<BreachMailData>({
    name: `breach${reminder.charAt(0).toUpperCase()}${reminder.slice(1)}`,
    label: label(
      reminder === 'registered'
        ? 'mail.template.breachRegistered'
        : reminder === 'dayLeft'
          ? 'mail.template.breachDayLeft'
          : 'mail.template.breachOverdue',
    ),
    render: (d, context) => {
      const { language } = context
      const params = {
        title: d.title,
        discovered: formatDateTime(d.discoveredAt, language),
        deadline: formatDateTime(d.deadline, language),
      }
      return composeMail(
        language,
        translate(language, `breach.mail.${reminder}.subject`, params),
        greeting(language, d.recipientName),
        [{ kind: 'p', text: translate(language, `breach.mail.${reminder}.body`, params) }],
        adminLink(context, `/collections/${slugs.personalDataBreaches}/${d.breachId}`),
      )
    },
  })

export const breachRegisteredMail = breachMail('registered')
export const breachDayLeftMail = breachMail('dayLeft')
export const breachOverdueMail = breachMail('overdue')
const templates = {
  registered: breachRegisteredMail,
  dayLeft: breachDayLeftMail,
  overdue: breachOverdueMail,
} as const

export const breachMailTemplates = [breachRegisteredMail, breachDayLeftMail, breachOverdueMail]

/** Everyone who holds the admin role: the register is theirs (a system read, whoever triggered it). */
const admins = async (payload: Payload, req?: PayloadRequest) => {
  const { docs } = await asSystem(req ?? payload).find({
    collection: slugs.users,
    where: { roles: { contains: 'admin' } },
    depth: 0,
    pagination: false,
    select: { email: true, name: true, language: true },
  })
  return docs.filter((user) => user.email)
}

type BreachRow = Pick<
  PersonalDataBreach,
  'id' | 'title' | 'discoveredAt' | 'notifiedAt' | 'createdAt'
>

/**
 * Queues the mails a breach calls for now, to every admin, each once: the outbox key names the
 * breach, the reminder and the admin, so a re-run, a retry or a second worker sends nothing twice.
 */
export const queueBreachMails = async (
  payload: Payload,
  breach: BreachRow,
  now: Date,
  req?: PayloadRequest,
): Promise<number> => {
  const due = dueBreachReminders(breach, now)
  const recipients = await admins(payload, req)
  let queued = 0
  for (const reminder of due)
    for (const admin of recipients) {
      const sent = await enqueueMail(
        payload,
        {
          key: `breach:${breach.id}:${reminder}:${admin.id}`,
          template: templates[reminder],
          to: admin.email,
          language: languageOf(admin.language),
          data: {
            recipientName: admin.name ?? admin.email,
            breachId: breach.id,
            title: breach.title,
            discoveredAt: breach.discoveredAt,
            deadline: notificationDeadline(breach.discoveredAt).toISOString(),
          },
        },
        req,
      )
      if (sent) queued++
    }
  return queued
}

/**
 * The scheduled run: every breach not yet notified whose registration, 24-hours-left or overdue mail
 * may be due. Breaches notified or older than the 72 hours plus a week are left alone (their
 * overdue mail, if any, went out long ago).
 */
export const chaseBreaches = async (
  payload: Payload,
  now = new Date(),
): Promise<{ breaches: number; queued: number }> => {
  const since = new Date(now.getTime() - (NOTIFICATION_HOURS + 7 * 24) * 3_600_000)
  // A system read: reminders go to the admins whoever's schedule runs them.
  const { docs } = await asSystem(payload).find({
    collection: slugs.personalDataBreaches,
    where: {
      and: [
        { notifiedAt: { exists: false } },
        { discoveredAt: { greater_than: since.toISOString() } },
      ],
    },
    depth: 0,
    pagination: false,
    select: { title: true, discoveredAt: true, notifiedAt: true, createdAt: true },
  })
  let queued = 0
  for (const breach of docs) queued += await queueBreachMails(payload, breach, now)
  return { breaches: docs.length, queued }
}
