/**
 * The workflow notifications: which events tell whom, and the key that makes each one happen once.
 * Pure rules; `notify` (messaging/notify.ts) stores the bell entries and queues the mails.
 */
export const notificationKinds = [
  'reviewRequested',
  'contentReturned',
  'contentPublished',
  'reportSubmitted',
  'reportReturned',
  'reportApproved',
] as const
export type NotificationKind = (typeof notificationKinds)[number]

export const isNotificationKind = (value: unknown): value is NotificationKind =>
  typeof value === 'string' && (notificationKinds as readonly string[]).includes(value)

type ReviewState = 'draft' | 'inReview' | 'returned' | 'published'

/**
 * What a save of an article or FAQ tells: submitted for review, returned, or published. Only a move
 * into one of those states counts; a save that leaves the state as it was tells nobody.
 */
export const contentEvent = (
  from: ReviewState | null | undefined,
  to: ReviewState | null | undefined,
): NotificationKind | null => {
  if (!to || from === to) return null
  if (to === 'inReview') return 'reviewRequested'
  if (to === 'returned') return 'contentReturned'
  if (to === 'published') return 'contentPublished'
  return null
}

type ReportState = 'draft' | 'submitted' | 'returned' | 'approved'

/** What a save of a unit report tells: submitted, returned or approved (a move into the state). */
export const reportEvent = (
  from: ReportState | null | undefined,
  to: ReportState | null | undefined,
): NotificationKind | null => {
  if (!to || from === to) return null
  if (to === 'submitted') return 'reportSubmitted'
  if (to === 'returned') return 'reportReturned'
  if (to === 'approved') return 'reportApproved'
  return null
}

type Id = number | string

/**
 * The event's identity: the document, the transition and the version that made it (its
 * `updatedAt`). A retried request or a re-save makes no new transition, so no new key.
 */
export const eventKey = (event: {
  collection: string
  docId: Id
  kind: NotificationKind
  version: string | null | undefined
}): string => `${event.collection}:${event.docId}:${event.kind}:${event.version ?? ''}`

/** One notification per event and recipient (the bell entry's and, prefixed, the mail's key). */
export const notificationKey = (event: string, recipient: Id): string =>
  `notify:${event}:user:${recipient}`

export type Candidate = {
  id: Id
  email?: string | null
  notificationsOff?: readonly string[] | null
}

/**
 * Who is told: each candidate once, never the person who made the change, never someone who turned
 * this kind off on their account.
 */
export const chooseRecipients = <C extends Candidate>(
  candidates: readonly C[],
  kind: NotificationKind,
  actor: Id | null | undefined,
): C[] => {
  const seen = new Set<string>()
  return candidates.filter((candidate) => {
    const id = String(candidate.id)
    if (seen.has(id)) return false
    seen.add(id)
    if (actor !== null && actor !== undefined && id === String(actor)) return false
    return !(candidate.notificationsOff ?? []).includes(kind)
  })
}
