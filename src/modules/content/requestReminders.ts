import type { PayloadRequest } from 'payload'

import { asSystem } from '@/platform/access/asUser'
import { relationId } from '@/platform/fields/relationId'
import { languageOf } from '@/platform/i18n/catalog'
import { slugs } from '@/platform/slugs'
import { enqueueMail } from '@/modules/messaging'
import { dueReminders, type RequestStatus } from '@/modules/content/domain/personalDataRequests'
import { publicHolidays } from '@/modules/content/globals/PublicHolidays'
import { requestReminderMail } from '@/modules/content/mail'

/**
 * Reminds the handlers of open personal-data requests (every admin, and the staff member handling
 * it) on the last working day before a deadline passes and once it has passed. Each reminder is
 * queued once: its outbox key names the request, the deadline, the kind and the recipient, so the
 * hourly run may see it again and queue nothing. SYSTEM work: no user asks for it.
 */
export const remindRequestHandlers = async (req: PayloadRequest, now = new Date()) => {
  const system = asSystem(req)
  const { docs: open } = await system.find({
    collection: slugs.personalDataRequests,
    where: { status: { in: ['received', 'acknowledged', 'inProgress'] } },
    limit: 1000,
    depth: 0,
    pagination: false,
  })
  if (open.length === 0) return { queued: 0 }
  const { docs: admins } = await system.find({
    collection: slugs.users,
    where: { roles: { in: ['admin'] } },
    limit: 200,
    depth: 0,
    pagination: false,
  })
  const holidays = await publicHolidays(req)
  let queued = 0
  for (const request of open) {
    if (!request.ackDueAt || !request.dueAt) continue
    const reminders = dueReminders(
      {
        status: request.status as RequestStatus,
        ackDueAt: new Date(request.ackDueAt),
        dueAt: new Date(request.dueAt),
        extendedDueAt: request.extendedDueAt ? new Date(request.extendedDueAt) : null,
      },
      now,
      holidays,
    )
    if (reminders.length === 0) continue
    const handlerId = relationId(request.handledBy)
    const handler =
      handlerId === null
        ? null
        : await system.findByID({
            collection: slugs.users,
            id: handlerId,
            depth: 0,
            disableErrors: true,
          })
    const recipients = [...admins, ...(handler ? [handler] : [])].filter(
      (user, index, all) => user.email && all.findIndex((other) => other.id === user.id) === index,
    )
    for (const reminder of reminders)
      for (const user of recipients) {
        const fresh = await enqueueMail(req.payload, {
          key: `pdr:${request.id}:${reminder.kind}:${reminder.deadline.toISOString()}:${user.id}`,
          template: requestReminderMail,
          to: user.email,
          language: languageOf(user.language),
          data: {
            recipientName: user.name ?? user.email,
            requestId: request.id,
            kind: request.kind,
            reminder: reminder.kind,
            deadline: reminder.deadline.toISOString(),
          },
        })
        if (fresh) queued++
      }
  }
  return { queued }
}
