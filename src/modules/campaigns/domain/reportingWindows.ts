import { TZDate } from '@date-fns/tz'

import { TIME_ZONE, type Range } from '@/platform/time'

import { periodRange, type Period, type PeriodKey } from './periods'

/**
 * Reporting periods as the Ministry of Home Affairs counts them (Decree 09/2019/NĐ-CP): a report's
 * figures cover a cut-off window that starts on 15/12 of the previous year and ends on the 14th of
 * the period's last month (Q1: 15/12 – 14/3; 6 months: 15/12 – 14/6; 9 months: 15/12 – 14/9; year:
 * 15/12 – 14/12), and the report is due on the 20th of that month; provinces set their units'
 * deadlines a few days earlier (the 15th by default). A plan may keep calendar periods instead.
 * Not yet applied to a plan's counts: the broadcast tallies are kept per calendar quarter.
 */
export const periodBases = ['calendar', 'ministry'] as const
export type PeriodBasis = (typeof periodBases)[number]

/** The cut-off: the window opens on `startDay`/`startMonth` of the previous year and closes on `endDay` of the period's last month. */
export type WindowRule = { startDay: number; startMonth: number; endDay: number }
export const MINISTRY_WINDOWS: WindowRule = { startDay: 15, startMonth: 12, endDay: 14 }

/** Default report deadlines: units on the 15th, the province on the 20th of the period's last month. */
export const DEFAULT_DEADLINE_DAYS = { unit: 15, province: 20 } as const

/** The period's last month (1–12). */
const lastMonth: Record<PeriodKey, number> = { Q1: 3, Q2: 6, Q3: 9, Q4: 12, H1: 6, '9M': 9, Y: 12 }

/**
 * The instants a period's figures cover: the calendar period, or the Ministry window (from local
 * midnight on its first day to local midnight after its last). Ministry windows are cumulative from
 * 15/12, so Q2 and Q4 (which the Ministry does not ask for) are counted like the calendar quarter
 * shifted to the same cut-off: 15/3 – 14/6 and 15/9 – 14/12.
 */
export const reportingWindow = (
  period: Period,
  basis: PeriodBasis,
  rule: WindowRule = MINISTRY_WINDOWS,
  timeZone = TIME_ZONE,
): Range => {
  if (basis === 'calendar') return periodRange(period, timeZone)
  const month = lastMonth[period.key]
  const end = new TZDate(period.year, month - 1, rule.endDay + 1, timeZone)
  const start =
    period.key === 'Q2' || period.key === 'Q4'
      ? new TZDate(period.year, month - 4, rule.endDay + 1, timeZone)
      : new TZDate(period.year - 1, rule.startMonth - 1, rule.startDay, timeZone)
  return { start: new Date(start.getTime()), end: new Date(end.getTime()) }
}

/** A report's deadline: the end of `day` of the period's last month, on the province's clock. */
export const defaultDeadline = (period: Period, day: number, timeZone = TIME_ZONE): Date =>
  new Date(new TZDate(period.year, lastMonth[period.key] - 1, day + 1, timeZone).getTime() - 1)

export type Lateness = 'onTime' | 'inGrace' | 'late'

/** Whether a report sent at `sent` met its deadline, or the grace days after it, or neither. */
export const lateness = (sent: Date, deadline: Date, graceDays: number): Lateness => {
  if (sent <= deadline) return 'onTime'
  return sent.getTime() <= deadline.getTime() + graceDays * 86_400_000 ? 'inGrace' : 'late'
}

/** "15/12/2025 – 14/03/2026": the window a figure covers, as the report and scorecard say it. */
export const windowLabel = (range: Range, timeZone = TIME_ZONE): string => {
  const day = (instant: Date) => {
    const local = new TZDate(instant.getTime(), timeZone)
    return `${String(local.getDate()).padStart(2, '0')}/${String(local.getMonth() + 1).padStart(2, '0')}/${local.getFullYear()}`
  }
  return `${day(range.start)} – ${day(new Date(range.end.getTime() - 1))}`
}
