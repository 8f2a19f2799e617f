import type { PayloadRequest, Where } from 'payload'

import { asSystem } from '@/platform/access/asUser'
import { slugs } from '@/platform/slugs'
import { audit } from '@/modules/organisation'
import { retentionCutoffs } from '@/modules/content/domain/retention'

const BATCH = 100

/**
 * The nightly retention run: anonymises the contact details of questions answered more than 12
 * months ago (and of their consent records), deletes comments never published after 6 months with
 * their consent records, and writes what it did to the audit log. Idempotent: a second run finds
 * nothing left to do. SYSTEM work throughout: no user asks for it.
 */
export const applyRetention = async (req: PayloadRequest, now = new Date()) => {
  const system = asSystem(req)
  const { answeredBefore, commentsSentBefore } = retentionCutoffs(now)

  let anonymisedQuestions = 0
  for (;;) {
    const { docs } = await system.find({
      collection: slugs.citizenQuestions,
      where: {
        and: [
          { answeredAt: { less_than: answeredBefore.toISOString() } },
          {
            or: [
              { name: { exists: true } },
              { email: { exists: true } },
              { phone: { exists: true } },
            ],
          },
        ],
      },
      limit: BATCH,
      depth: 0,
    })
    if (docs.length === 0) break
    for (const doc of docs) {
      await system.update({
        collection: slugs.citizenQuestions,
        id: doc.id,
        data: { name: null, email: null, phone: null },
        depth: 0,
      })
      await system.update({
        collection: slugs.consents,
        where: { question: { equals: doc.id } },
        data: { email: null, phone: null },
        depth: 0,
      })
      anonymisedQuestions++
    }
  }

  const expired: Where = {
    and: [
      { status: { not_equals: 'approved' } },
      { createdAt: { less_than: commentsSentBefore.toISOString() } },
    ],
  }
  let deletedComments = 0
  for (;;) {
    const { docs } = await system.find({
      collection: slugs.comments,
      where: expired,
      limit: BATCH,
      depth: 0,
    })
    if (docs.length === 0) break
    const ids = docs.map((doc) => doc.id)
    await system.delete({ collection: slugs.consents, where: { comment: { in: ids } } })
    await system.delete({ collection: slugs.comments, where: { id: { in: ids } } })
    deletedComments += ids.length
  }

  const summary = {
    anonymisedQuestions,
    deletedComments,
    answeredBefore: answeredBefore.toISOString(),
    commentsSentBefore: commentsSentBefore.toISOString(),
  }
  await audit(req, { action: 'personalData.retention', summary })
  return summary
}
