import { TZDate } from '@date-fns/tz'

import { TIME_ZONE, type Range } from '@/platform/time'

import { periodRange, type Period, type PeriodKey } from './periods'

/**
 * Reporting periods as the Ministry of Home Affairs counts them (Decree 09/2019/NĐ-CP): a report's
 * figures cover a cut-off window that starts on 15/12 of the previous year and ends on the 14th of
 * the period's last month (Q1: 15/12 – 14/3; 6 months: 15/12 – 14/6; 9 months: 15/12 – 14/9; year:
 * 15/12 – 14/12), and the report is due on the 20th of that month; provinces set their units'
 * deadlines a few days earlier (the 15th by default). A plan chooses its basis (`PeriodSettings`);
 * calendar periods stay the default. `periodWindow` is the one place a plan's period becomes dates.
 */
export const periodBases = ['calendar', 'reportingWindows'] as const
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
 * midnight on its first day to local midnight after its last). A quarter's window runs from the
 * cut-off after the previous quarter (Q1: 15/12 of the year before – 14/3; Q2: 15/3 – 14/6; Q3:
 * 15/6 – 14/9; Q4: 15/9 – 14/12, Decree 09/2019 art. 12); 6 months, 9 months and the year are
 * cumulative from the Q1 window's first day.
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
    period.key === 'Q2' || period.key === 'Q3' || period.key === 'Q4'
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

/** How a plan counts its periods: the basis, the window's first day, the deadlines and the grace. */
export type PeriodSettings = {
  basis: PeriodBasis
  /** The windows' first day and month (of the previous year): 15/12 under Decree 09/2019. */
  windowStartDay: number
  windowStartMonth: number
  /** Day of the period's last month a unit's report is due (reporting windows only). */
  unitDeadlineDay: number
  /** Day of the period's last month the province's consolidated report is due. */
  provinceDeadlineDay: number
  /** Days after a deadline a report is still on time and the unit may still change it. */
  graceDays: number
}

export const DEFAULT_PERIOD_SETTINGS: PeriodSettings = {
  basis: 'calendar',
  windowStartDay: MINISTRY_WINDOWS.startDay,
  windowStartMonth: MINISTRY_WINDOWS.startMonth,
  unitDeadlineDay: DEFAULT_DEADLINE_DAYS.unit,
  provinceDeadlineDay: DEFAULT_DEADLINE_DAYS.province,
  graceDays: 0,
}

/** A plan's stored settings (the `periods` group), every missing value taken from the defaults. */
export const periodSettingsOf = (
  stored: { [K in keyof PeriodSettings]?: PeriodSettings[K] | null } | null | undefined,
): PeriodSettings => {
  const pick = <K extends keyof PeriodSettings>(key: K): PeriodSettings[K] =>
    stored?.[key] ?? DEFAULT_PERIOD_SETTINGS[key]
  return {
    basis: (periodBases as readonly string[]).includes(String(stored?.basis))
      ? pick('basis')
      : 'calendar',
    windowStartDay: pick('windowStartDay'),
    windowStartMonth: pick('windowStartMonth'),
    unitDeadlineDay: pick('unitDeadlineDay'),
    provinceDeadlineDay: pick('provinceDeadlineDay'),
    graceDays: Math.max(0, pick('graceDays')),
  }
}

/** The settings' cut-off: windows end the day before their start day. */
const windowRuleOf = (settings: PeriodSettings): WindowRule => ({
  startDay: settings.windowStartDay,
  startMonth: settings.windowStartMonth,
  endDay: settings.windowStartDay - 1,
})

/**
 * The instants a plan's period covers, on the plan's basis. Every count of a plan (tallies, the
 * compliance engine, timeliness, exports, documents) takes its dates from here.
 */
export const periodWindow = (period: Period, settings: PeriodSettings): Range =>
  reportingWindow(period, settings.basis, windowRuleOf(settings))

/** The four quarters of a plan's year, each with the instants it covers (they follow one another). */
export const quarterWindows = (
  year: number,
  settings: PeriodSettings,
): { period: Period; range: Range }[] =>
  (['Q1', 'Q2', 'Q3', 'Q4'] as const).map((key) => ({
    period: { year, key },
    range: periodWindow({ year, key }, settings),
  }))

/**
 * When a unit's report of a period is due: the plan's own deadline for the period if it sets one;
 * otherwise, on the reporting windows, the units' day of the period's last month; on calendar
 * periods, none (as before deadlines per day existed). `closesAt` adds the grace days: until then a
 * report is on time and the unit may still change it.
 */
export const reportDeadline = (
  period: Period,
  settings: PeriodSettings,
  explicit:
    readonly { period?: string | null; deadline?: string | Date | null }[] | null | undefined,
): { deadline: Date; closesAt: Date } | null => {
  const row = (explicit ?? []).find((r) => r.period === period.key && r.deadline)
  const deadline = row?.deadline
    ? new Date(row.deadline)
    : settings.basis === 'reportingWindows'
      ? defaultDeadline(period, settings.unitDeadlineDay)
      : null
  if (!deadline) return null
  return { deadline, closesAt: new Date(deadline.getTime() + settings.graceDays * 86_400_000) }
}

/** When the province's consolidated report of a period is due (the reporting windows only). */
export const provinceDeadline = (period: Period, settings: PeriodSettings): Date | null =>
  settings.basis === 'reportingWindows'
    ? defaultDeadline(period, settings.provinceDeadlineDay)
    : null

/** Whether a report first sent at `sent` is late: after its deadline and the grace days. */
export const isLateReport = (
  sent: Date | null | undefined,
  due: { deadline: Date } | null,
  settings: PeriodSettings,
): boolean => Boolean(sent && due && lateness(sent, due.deadline, settings.graceDays) === 'late')
