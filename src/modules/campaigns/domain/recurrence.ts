import { TZDate } from '@date-fns/tz'
import * as rrulePackage from 'rrule'

import { HOUR, TIME_ZONE, type Range } from '@/platform/time'

// rrule ships CommonJS for Node and ESM for bundlers; take RRule from whichever shape arrived.
export const { RRule } = (
  'RRule' in rrulePackage
    ? rrulePackage
    : (rrulePackage as unknown as { default: typeof rrulePackage }).default
) as typeof rrulePackage

/**
 * Recurrence of regular segments as an RFC 5545 RRULE without DTSTART ("FREQ=WEEKLY;BYDAY=MO",
 * "FREQ=MONTHLY;BYMONTHDAY=1"), anchored at the item's first start on the local clock. The same rule
 * goes into the iCalendar feeds.
 */
export const recurrencePresets = {
  weeklyMonday: 'FREQ=WEEKLY;BYDAY=MO',
  weekdays: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
  daily: 'FREQ=DAILY',
  firstOfMonth: 'FREQ=MONTHLY;BYMONTHDAY=1',
} as const

/** Null when the rule is usable, else why not. */
export const checkRecurrenceRule = (rule: string): 'invalid' | 'tooFrequent' | null => {
  try {
    const options = RRule.parseString(rule.replace(/^RRULE:/i, ''))
    if (options.freq === undefined) return 'invalid'
    if (
      options.freq === RRule.HOURLY ||
      options.freq === RRule.MINUTELY ||
      options.freq === RRule.SECONDLY
    )
      return 'tooFrequent'
    return null
  } catch {
    return 'invalid'
  }
}

/** Wall-clock fields of an instant in a time zone, as a "floating" UTC date (what rrule works in). */
const toFloating = (instant: Date, timeZone: string): Date => {
  const local = new TZDate(instant.getTime(), timeZone)
  return new Date(
    Date.UTC(
      local.getFullYear(),
      local.getMonth(),
      local.getDate(),
      local.getHours(),
      local.getMinutes(),
      local.getSeconds(),
    ),
  )
}

const fromFloating = (floating: Date, timeZone: string): Date =>
  new Date(
    new TZDate(
      floating.getUTCFullYear(),
      floating.getUTCMonth(),
      floating.getUTCDate(),
      floating.getUTCHours(),
      floating.getUTCMinutes(),
      floating.getUTCSeconds(),
      timeZone,
    ).getTime(),
  )

export type Schedulable = { start: Date; rule?: string | null; until?: Date | null }

/**
 * Every start of an item within `range` ([start, end)). A one-off item has one start; a recurring one
 * repeats on the local clock of `timeZone` ("every Monday 06:30" stays 06:30 in Vietnam).
 */
export const occurrencesIn = (item: Schedulable, range: Range, timeZone = TIME_ZONE): Date[] => {
  if (!item.rule) return item.start >= range.start && item.start < range.end ? [item.start] : []
  const options = RRule.parseString(item.rule.replace(/^RRULE:/i, ''))
  const rule = new RRule({
    ...options,
    dtstart: toFloating(item.start, timeZone),
    until: item.until ? toFloating(item.until, timeZone) : (options.until ?? null),
  })
  const from = toFloating(range.start, timeZone)
  const to = toFloating(range.end, timeZone)
  return rule
    .between(from, to, true)
    .map((floating) => fromFloating(floating, timeZone))
    .filter((instant) => instant >= range.start && instant < range.end && instant >= item.start)
}

/** When a stored broadcast item airs, as its document says it (dates as stored text or dates). */
export type ItemSchedule = {
  start: string | Date
  rrule?: string | null
  repeatUntil?: string | Date | null
}

/** The one mapping from a broadcast item's fields to its schedule. */
export const scheduleOf = (item: ItemSchedule): Required<Schedulable> => ({
  start: new Date(item.start),
  rule: item.rrule || null,
  until: item.repeatUntil ? new Date(item.repeatUntil) : null,
})

/** Every airing of a broadcast item within `range`. */
export const airingsOf = (item: ItemSchedule, range: Range): Date[] =>
  occurrencesIn(scheduleOf(item), range)

/** Hours after an airing's end before an unconfirmed one counts as missed, unless MISSED_AFTER_HOURS says otherwise. */
export const DEFAULT_MISSED_AFTER_HOURS = 24

/**
 * The one rule for an airing nobody confirmed: it is missed once `missedAfterHours` have passed
 * since it ended (it started at `at` and lasted `durationMinutes`); until then it is still pending.
 */
export const isOverdue = (
  at: Date,
  durationMinutes: number,
  missedAfterHours: number,
  now: Date,
): boolean => at.getTime() + durationMinutes * 60_000 + missedAfterHours * HOUR <= now.getTime()
