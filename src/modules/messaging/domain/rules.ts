import { TZDate } from '@date-fns/tz'

import { TIME_ZONE, type Range } from '@/modules/campaigns/domain/periods'

export const HOUR = 3_600_000
export const DAY = 24 * HOUR

/** Default reminder offsets before a report deadline, in days. */
export const DEFAULT_REPORT_REMINDER_DAYS = [7, 3, 1]
/** Default time between escalation steps after a missed deadline, in days. */
export const DEFAULT_ESCALATION_STEP_DAYS = 2

/**
 * The reminder offset (in days) due now for a deadline: the smallest offset already reached while
 * the deadline is still ahead. Offsets passed while nobody was running are not sent late: a unit
 * gets the latest applicable reminder, not three at once.
 */
export const dueReportReminder = (deadline: Date, offsetsDays: number[], now: Date): number | null => {
  if (now >= deadline) return null
  const reached = offsetsDays.filter((days) => days > 0 && now.getTime() >= deadline.getTime() - days * DAY)
  return reached.length > 0 ? Math.min(...reached) : null
}

/**
 * The escalation steps due after a missed deadline: step k is due `k × stepDays` after it. Step 0
 * tells the late unit itself, step 1 the unit above, and so on up to the province. Steps are keyed
 * by index, so each one goes out once however often this is asked.
 */
export const dueEscalationSteps = (deadline: Date, stepDays: number, chainLength: number, now: Date): number[] => {
  const steps: number[] = []
  for (let k = 0; k < chainLength; k++) if (now.getTime() >= deadline.getTime() + k * stepDays * DAY) steps.push(k)
  return steps
}

/** A unit and its ancestors up to the root, nearest first ([commune, district, province]). */
export const escalationChain = <Id>(unitId: Id, parentOf: (id: Id) => Id | null | undefined): Id[] => {
  const chain = [unitId]
  for (let parent = parentOf(unitId); parent !== null && parent !== undefined && chain.length < 20; parent = parentOf(parent)) {
    if (chain.includes(parent)) break
    chain.push(parent)
  }
  return chain
}

/** Sending attempts before a message is left as failed for an admin to look at. */
export const MAX_ATTEMPTS = 8
const RETRY_MINUTES = [1, 5, 15, 60, 180, 360, 720]

/** How long to wait after the `attempts`-th failed attempt (1-based): 1, 5, 15 minutes, 1, 3, 6, 12 hours. */
export const retryDelayMs = (attempts: number): number => RETRY_MINUTES[Math.min(Math.max(attempts, 1), RETRY_MINUTES.length) - 1]! * 60_000

/** The calendar week before `now` on the local clock: Monday 00:00 to the next Monday 00:00. */
export const previousWeek = (now: Date, timeZone = TIME_ZONE): Range => {
  const local = new TZDate(now.getTime(), timeZone)
  const sinceMonday = (local.getDay() + 6) % 7
  const thisMonday = new TZDate(local.getFullYear(), local.getMonth(), local.getDate() - sinceMonday, timeZone)
  const lastMonday = new TZDate(thisMonday.getFullYear(), thisMonday.getMonth(), thisMonday.getDate() - 7, timeZone)
  return { start: new Date(lastMonday.getTime()), end: new Date(thisMonday.getTime()) }
}

/** "2026-11-21" on the local clock: names a day's snapshot. */
export const localDay = (now: Date, timeZone = TIME_ZONE): string => {
  const local = new TZDate(now.getTime(), timeZone)
  return `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`
}

/** ISO week label of the local week starting at `monday`: "2026-W47". */
export const isoWeek = (monday: Date, timeZone = TIME_ZONE): string => {
  const local = new TZDate(monday.getTime(), timeZone)
  const thursday = new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate() + 3))
  const yearStart = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 1))
  const week = Math.ceil(((thursday.getTime() - yearStart.getTime()) / DAY + 1) / 7)
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`
}
