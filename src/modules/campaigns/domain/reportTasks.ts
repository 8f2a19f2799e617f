import { DAY } from '@/platform/time'

import type { ReportStatus } from './reportWorkflow'

/** How far ahead a deadline puts a report on the unit's to-do list. */
export const DUE_SOON_DAYS = 30

/** A report a unit owes a plan for a period, and where it stands (null: nothing written yet). */
export type OwedReport = { deadline: Date; closesAt: Date; status: ReportStatus | null }

export type ReportTask = 'due' | 'late' | 'returned'

/**
 * What an owed report asks of its unit now: mend and resend it (returned), send it although late
 * (nothing sent by the end of the grace days), or send it soon (its deadline within
 * `DUE_SOON_DAYS`). A report sent (submitted or approved) asks nothing.
 */
export const reportTaskOf = (owed: OwedReport, now: Date): ReportTask | null => {
  if (owed.status === 'submitted' || owed.status === 'approved') return null
  if (owed.status === 'returned') return 'returned'
  if (now.getTime() > owed.closesAt.getTime()) return 'late'
  return owed.deadline.getTime() - now.getTime() <= DUE_SOON_DAYS * DAY ? 'due' : null
}

/** How many of each task, and each one's nearest deadline. */
export const tallyReportTasks = (
  owed: readonly OwedReport[],
  now: Date,
): Record<ReportTask, { count: number; deadline: Date | null }> => {
  const tally: Record<ReportTask, { count: number; deadline: Date | null }> = {
    due: { count: 0, deadline: null },
    late: { count: 0, deadline: null },
    returned: { count: 0, deadline: null },
  }
  for (const report of owed) {
    const task = reportTaskOf(report, now)
    if (!task) continue
    const entry = tally[task]
    entry.count++
    if (!entry.deadline || report.deadline < entry.deadline) entry.deadline = report.deadline
  }
  return tally
}
