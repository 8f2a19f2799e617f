import type { Payload } from 'payload'

import { jobsSlug, slugs } from '@/platform/slugs'
import { relationId } from '@/platform/fields/relationId'
import { isLanguage } from '@/platform/i18n/messages'
import { enqueue } from '@/modules/messaging/outbox'

type Doc = Record<string, any>

/** Payload's own task for scheduled publishing (added by `schedulePublish: true` on drafts). */
const SCHEDULE_PUBLISH = 'schedulePublish'

export type DueSchedule = { jobId: number | string; collection: string; docId: string; type: 'publish' | 'unpublish'; userId: number | string | null; waitUntil: string }

/** The scheduled publish/unpublish jobs due to run now. */
export const dueSchedules = async (payload: Payload, now = new Date()): Promise<DueSchedule[]> => {
  const { docs } = await payload.find({
    collection: jobsSlug,
    where: { and: [{ taskSlug: { equals: SCHEDULE_PUBLISH } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }, { waitUntil: { less_than_equal: now.toISOString() } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return (docs as unknown as Doc[])
    .filter((job) => job.input?.doc?.relationTo && job.input?.doc?.value)
    .map((job) => ({
      jobId: job.id,
      collection: job.input.doc.relationTo,
      docId: String(job.input.doc.value),
      type: job.input.type === 'unpublish' ? 'unpublish' : 'publish',
      userId: job.input.user?.value ?? null,
      waitUntil: String(job.waitUntil),
    }))
}

/**
 * After the due jobs ran: tells whoever scheduled each publish/unpublish that it happened (once per
 * schedule), if the document is now in the scheduled state.
 */
export const notifyScheduledPublishing = async (payload: Payload, schedules: DueSchedule[]): Promise<number> => {
  let queued = 0
  for (const schedule of schedules) {
    if (schedule.collection !== slugs.articles && schedule.collection !== slugs.faqs) continue
    const doc = (await payload.findByID({ collection: schedule.collection as 'articles', id: schedule.docId, depth: 0, overrideAccess: true, disableErrors: true })) as Doc | null
    if (!doc || (doc._status === 'published') !== (schedule.type === 'publish')) continue
    const recipientId = schedule.userId ?? relationId(doc.author)
    if (recipientId === null || recipientId === undefined) continue
    const user = (await payload.findByID({ collection: slugs.users, id: recipientId, depth: 0, overrideAccess: true, disableErrors: true })) as Doc | null
    if (!user?.email) continue
    const fresh = await enqueue(payload, {
      key: `scheduled:${schedule.collection}:${schedule.docId}:${schedule.type}:${schedule.waitUntil}:${user.id}`,
      template: 'scheduledPublish',
      to: user.email,
      language: isLanguage(user.language) ? user.language : 'vi',
      unit: relationId(doc.unit),
      data: { recipientName: user.name ?? user.email, collection: schedule.collection, docId: doc.id, title: doc.title ?? doc.question ?? '', at: new Date().toISOString(), type: schedule.type },
    })
    if (fresh) queued++
  }
  return queued
}
