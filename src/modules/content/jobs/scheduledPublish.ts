import type { Payload, WhereField } from 'payload'

import type { PayloadJob } from '@/payload-types'
import { asSystem } from '@/platform/access/asUser'
import { relationId } from '@/platform/fields/relationId'
import { languageOf } from '@/platform/i18n/catalog'
import type { TickHook } from '@/platform/module'
import { jobsSlug, slugs } from '@/platform/slugs'
import { enqueueMail } from '@/modules/messaging'
import { scheduledPublishMail } from '@/modules/content/mail'

/** Payload's own task for scheduled publishing (added by `schedulePublish: true` on drafts). */
const SCHEDULE_PUBLISH = 'schedulePublish'

export type DueSchedule = {
  jobId: number | string
  collection: string
  docId: string
  type: 'publish' | 'unpublish'
  userId: number | string | null
  waitUntil: string
}

/** What Payload's scheduled-publish job keeps in its input. */
type ScheduleInput = {
  type?: string
  doc?: { relationTo?: string; value?: unknown }
  user?: { value?: unknown } | null
}

const inputOf = (job: PayloadJob): ScheduleInput =>
  job.input && typeof job.input === 'object' && !Array.isArray(job.input)
    ? (job.input as ScheduleInput)
    : {}

/** Scheduled publish/unpublish jobs not yet run, whose time matches `when` (the system's own queue). */
const pendingSchedules = async (payload: Payload, when: WhereField): Promise<DueSchedule[]> => {
  const { docs } = await asSystem(payload).find({
    collection: jobsSlug,
    where: {
      and: [
        { taskSlug: { equals: SCHEDULE_PUBLISH } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        { waitUntil: when },
      ],
    },
    depth: 0,
    pagination: false,
  })
  return docs.flatMap((job) => {
    const input = inputOf(job)
    if (!input.doc?.relationTo || input.doc.value === undefined || input.doc.value === null)
      return []
    const userId = relationId(input.user?.value)
    return [
      {
        jobId: job.id,
        collection: input.doc.relationTo,
        docId: String(input.doc.value),
        type: input.type === 'unpublish' ? 'unpublish' : 'publish',
        userId,
        waitUntil: String(job.waitUntil),
      } satisfies DueSchedule,
    ]
  })
}

/** The scheduled publish/unpublish jobs due to run now. */
export const dueSchedules = (payload: Payload, now = new Date()): Promise<DueSchedule[]> =>
  pendingSchedules(payload, { less_than_equal: now.toISOString() })

/** The publish/unpublish jobs scheduled for later. */
export const upcomingSchedules = (payload: Payload, now = new Date()): Promise<DueSchedule[]> =>
  pendingSchedules(payload, { greater_than: now.toISOString() })

/**
 * After the due jobs ran: tells whoever scheduled each publish/unpublish that it happened (once per
 * schedule), if the document is now in the scheduled state.
 */
export const notifyScheduledPublishing = async (
  payload: Payload,
  schedules: DueSchedule[],
): Promise<number> => {
  // System reads: the notice goes to whoever scheduled the change, for the platform.
  const system = asSystem(payload)
  let queued = 0
  for (const schedule of schedules) {
    if (schedule.collection !== slugs.articles && schedule.collection !== slugs.faqs) continue
    const doc = await system.findByID({
      collection: schedule.collection,
      id: schedule.docId,
      depth: 0,
      disableErrors: true,
    })
    if (!doc || (doc._status === 'published') !== (schedule.type === 'publish')) continue
    const recipientId = schedule.userId ?? relationId(doc.author)
    if (recipientId === null) continue
    const user = await system.findByID({
      collection: slugs.users,
      id: recipientId,
      depth: 0,
      disableErrors: true,
    })
    if (!user?.email) continue
    const fresh = await enqueueMail(payload, {
      key: `scheduled:${schedule.collection}:${schedule.docId}:${schedule.type}:${schedule.waitUntil}:${user.id}`,
      template: scheduledPublishMail,
      to: user.email,
      language: languageOf(user.language),
      unit: relationId(doc.unit),
      data: {
        recipientName: user.name ?? user.email,
        collection: schedule.collection,
        docId: doc.id,
        title: 'title' in doc ? doc.title : doc.question,
        at: new Date().toISOString(),
        type: schedule.type,
      },
    })
    if (fresh) queued++
  }
  return queued
}

/** Around each minute's run: note the schedules due before, tell their authors after. */
export const scheduledPublishNotices: TickHook = {
  before: (payload, now) => dueSchedules(payload, now),
  after: async (payload, _now, due) => {
    await notifyScheduledPublishing(payload, due as DueSchedule[])
  },
}
