import type { PayloadRequest } from 'payload'

import { asSystem } from '@/platform/access/asUser'
import { relationId } from '@/platform/fields/relationId'
import { languageOf } from '@/platform/i18n/catalog'
import type { Role } from '@/platform/roles'
import { slugs } from '@/platform/slugs'
import {
  chooseRecipients,
  eventKey,
  notificationKey,
  type NotificationKind,
} from '@/modules/messaging/domain/notifications'
import { enqueueMail, isUniqueViolation } from '@/modules/messaging/outbox'
import { notificationMail } from '@/modules/messaging/notificationMail'

type Id = number | string

/** Who hears of an event. */
export type Audience =
  /** The reviewers whose unit is the document's unit or one of its ancestors. */
  | { reviewersOf: Id }
  /** The people who write a unit's reports: its reporters and editors. */
  | { staffOf: Id }
  /** Named people (a document's author). */
  | { users: Id[] }

export type NotifyEvent = {
  kind: NotificationKind
  to: Audience
  collection: string
  docId: Id
  /** The version that made the transition (the document's `updatedAt`). */
  version: string | null | undefined
  /** The document's title as people know it. */
  title: string
  /** The reviewer's comment or the reason a report was returned. */
  note?: string | null
  unit?: Id | null
}

const REVIEWER_ROLES: Role[] = ['reviewer']
const REPORT_STAFF_ROLES: Role[] = ['reporter', 'editor']

const userSelect = { email: true, name: true, language: true, notificationsOff: true } as const

/**
 * The candidates of an audience. System reads: whoever made the change, the people to tell are
 * found by their roles and units (the actor may not be allowed to list them).
 */
const candidatesOf = async (req: PayloadRequest, to: Audience) => {
  const system = asSystem(req)
  if ('users' in to) {
    if (to.users.length === 0) return []
    const { docs } = await system.find({
      collection: slugs.users,
      where: { id: { in: to.users } },
      depth: 0,
      pagination: false,
      select: userSelect,
    })
    return docs
  }
  if ('staffOf' in to) {
    const { docs } = await system.find({
      collection: slugs.users,
      where: { and: [{ unit: { equals: to.staffOf } }, { roles: { in: REPORT_STAFF_ROLES } }] },
      depth: 0,
      pagination: false,
      select: userSelect,
    })
    return docs
  }
  const unit = await system.findByID({
    collection: slugs.units,
    id: to.reviewersOf,
    depth: 0,
    disableErrors: true,
    select: { breadcrumbs: true },
  })
  if (!unit) return []
  // The breadcrumbs list the unit's lineage from the root down to the unit itself.
  const lineage = new Set<string>([String(to.reviewersOf)])
  for (const crumb of unit.breadcrumbs ?? []) {
    const id = relationId(crumb.doc)
    if (id !== null) lineage.add(String(id))
  }
  const { docs } = await system.find({
    collection: slugs.users,
    where: { and: [{ unit: { in: [...lineage] } }, { roles: { in: REVIEWER_ROLES } }] },
    depth: 0,
    pagination: false,
    select: userSelect,
  })
  return docs
}

/**
 * Tells the people an event concerns: a bell entry in the admin and a mail through the outbox, in
 * each one's language, once per event and person (both are keyed by the event and the recipient),
 * never to the person who made the change nor to someone who turned the kind off. Call it from an
 * afterChange hook with its `req`: the entries and mails are written in the change's transaction,
 * so a refused or rolled-back save tells no one. Returns how many people were told now.
 */
export const notify = async (req: PayloadRequest, event: NotifyEvent): Promise<number> => {
  const actor = req.user ? req.user.id : null
  const recipients = chooseRecipients(await candidatesOf(req, event.to), event.kind, actor)
  if (recipients.length === 0) return 0
  const system = asSystem(req)
  const unit =
    event.unit === null || event.unit === undefined
      ? null
      : await system.findByID({
          collection: slugs.units,
          id: event.unit,
          depth: 0,
          disableErrors: true,
          select: { name: true },
        })
  const event_ = eventKey(event)
  const link = `/collections/${event.collection}/${event.docId}`
  let told = 0
  for (const person of recipients) {
    const key = notificationKey(event_, person.id)
    const { totalDocs } = await system.count({
      collection: slugs.notifications,
      where: { key: { equals: key } },
    })
    if (totalDocs > 0) continue
    try {
      await system.create({
        collection: slugs.notifications,
        data: {
          recipient: person.id,
          kind: event.kind,
          key,
          title: event.title.slice(0, 1000),
          note: event.note ?? undefined,
          unitName: unit?.name ?? undefined,
          link,
        },
        depth: 0,
      })
    } catch (error) {
      // Another process recorded the same event for this person meanwhile.
      if (isUniqueViolation(error)) continue
      throw error
    }
    told++
    if (person.email)
      await enqueueMail(
        req.payload,
        {
          key: `mail:${key}`,
          template: notificationMail,
          to: person.email,
          language: languageOf(person.language),
          data: {
            kind: event.kind,
            name: person.name ?? person.email,
            title: event.title,
            note: event.note ?? null,
            unitName: unit?.name ?? null,
            link,
          },
          unit: event.unit ?? null,
        },
        req,
      )
  }
  return told
}
