/**
 * Unit progress reports move draft → submitted → approved, or back to the unit as returned (with a
 * reason). A report is locked to its unit once approved or once its deadline passed; an admin can
 * reopen it. The lock binds the unit, not the review: a report submitted in time is still approved or
 * returned after the deadline, and a returned report stays the unit's to mend and send again.
 */
export const reportStatuses = ['draft', 'submitted', 'approved', 'returned'] as const
export type ReportStatus = (typeof reportStatuses)[number]

export type ReportActor = { roles?: readonly string[] | null } | null | undefined

export type ReportProblem = 'locked' | 'notAllowed' | 'reasonRequired'

const isAdmin = (a: ReportActor) => Boolean(a?.roles?.includes('admin'))
const isReviewer = (a: ReportActor) =>
  Boolean(a?.roles?.some((r) => r === 'admin' || r === 'reviewer'))
const isWriter = (a: ReportActor) =>
  Boolean(a?.roles?.some((r) => r === 'admin' || r === 'editor' || r === 'reporter'))

/**
 * A report can no longer be changed by its unit: approved, or past the deadline (unless the reviewer
 * returned it for mending), unless reopened.
 */
export const isLocked = (args: {
  status: ReportStatus
  deadline: Date | null
  now: Date
  reopened: boolean
}): boolean =>
  !args.reopened &&
  (args.status === 'approved' ||
    (args.status !== 'returned' && args.deadline !== null && args.now > args.deadline))

export const decideReportChange = (args: {
  actor: ReportActor
  from: ReportStatus | null
  to: ReportStatus
  locked: boolean
  reason?: string | null
}): { ok: true } | { ok: false; problem: ReportProblem } => {
  const { actor, from, to } = args
  const reviewing = from === 'submitted' && (to === 'approved' || to === 'returned')
  if (args.locked && !isAdmin(actor) && !(reviewing && isReviewer(actor)))
    return { ok: false, problem: 'locked' }
  if (from === null)
    return isWriter(actor) && (to === 'draft' || to === 'submitted')
      ? { ok: true }
      : { ok: false, problem: 'notAllowed' }
  if (to === 'approved' || to === 'returned') {
    if (!isReviewer(actor) || (from !== 'submitted' && !isAdmin(actor)))
      return { ok: false, problem: 'notAllowed' }
    return to === 'returned' && !args.reason?.trim()
      ? { ok: false, problem: 'reasonRequired' }
      : { ok: true }
  }
  // draft or submitted: the unit's own work, while the report is theirs to change.
  if (!isWriter(actor)) return { ok: false, problem: 'notAllowed' }
  if (from === 'approved') return isAdmin(actor) ? { ok: true } : { ok: false, problem: 'locked' }
  if (from === 'submitted' && to === 'submitted') return { ok: false, problem: 'locked' }
  if (from === 'submitted' && to === 'draft' && !isReviewer(actor))
    return { ok: false, problem: 'locked' }
  return { ok: true }
}
