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

/** The report workflow's buttons, in the order they are shown. */
export const reportActionNames = ['submit', 'return', 'approve', 'reopen'] as const
export type ReportAction = (typeof reportActionNames)[number]

export const isReportAction = (value: unknown): value is ReportAction =>
  (reportActionNames as readonly unknown[]).includes(value)

/**
 * Whether `actor` may take `action` on a report in `status` (`locked`: see `isLocked`). The
 * buttons shown and the action endpoint both ask this; the save hook (`decideReportChange`) still
 * guards the write. Reopening gives a locked or approved report back to its unit as a draft.
 */
export const decideReportAction = (args: {
  actor: ReportActor
  action: ReportAction
  status: ReportStatus
  locked: boolean
}): { ok: true } | { ok: false; problem: ReportProblem } => {
  const { actor, action, status, locked } = args
  const notAllowed = { ok: false, problem: 'notAllowed' } as const
  switch (action) {
    case 'submit':
      if (!isWriter(actor) || (status !== 'draft' && status !== 'returned')) return notAllowed
      return locked && !isAdmin(actor) ? { ok: false, problem: 'locked' } : { ok: true }
    case 'return':
    case 'approve':
      return isReviewer(actor) && status === 'submitted' ? { ok: true } : notAllowed
    case 'reopen':
      return isAdmin(actor) && (status === 'approved' || locked) ? { ok: true } : notAllowed
  }
}

/** The actions `actor` may take on a report (the buttons they see). */
export const reportActions = (args: {
  actor: ReportActor
  status: ReportStatus
  locked: boolean
}): ReportAction[] =>
  reportActionNames.filter((action) => decideReportAction({ ...args, action }).ok)

/** What each action writes (the save hook then checks it as any other save). */
export const reportActionChange = (
  action: ReportAction,
  reason?: string,
): { status: ReportStatus; returnReason?: string; reopened?: boolean } => {
  switch (action) {
    case 'submit':
      return { status: 'submitted' }
    case 'return':
      return { status: 'returned', returnReason: reason }
    case 'approve':
      return { status: 'approved' }
    case 'reopen':
      return { status: 'draft', reopened: true }
  }
}
