import { TZDate } from '@date-fns/tz'
import type { Language } from './i18n/catalog'

/** The province's clock: days, periods and schedules start at local midnight in Vietnam. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh'

export const HOUR = 3_600_000
export const DAY = 24 * HOUR

export type Range = { start: Date; end: Date }

export const inRange = (instant: Date, range: Range): boolean =>
  instant >= range.start && instant < range.end

/** "2026-11-21": the day an instant falls on, on the local clock. */
export const localDay = (instant: Date, timeZone = TIME_ZONE): string => {
  const local = new TZDate(instant.getTime(), timeZone)
  return `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`
}

/** The calendar week before `now` on the local clock: Monday 00:00 to the next Monday 00:00. */
export const previousWeek = (now: Date, timeZone = TIME_ZONE): Range => {
  const local = new TZDate(now.getTime(), timeZone)
  const sinceMonday = (local.getDay() + 6) % 7
  const thisMonday = new TZDate(
    local.getFullYear(),
    local.getMonth(),
    local.getDate() - sinceMonday,
    timeZone,
  )
  const lastMonday = new TZDate(
    thisMonday.getFullYear(),
    thisMonday.getMonth(),
    thisMonday.getDate() - 7,
    timeZone,
  )
  return { start: new Date(lastMonday.getTime()), end: new Date(thisMonday.getTime()) }
}

/** ISO week label of the local week starting at `monday`: "2026-W47". */
export const isoWeek = (monday: Date, timeZone = TIME_ZONE): string => {
  const local = new TZDate(monday.getTime(), timeZone)
  const thursday = new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate() + 3))
  const yearStart = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 1))
  const week = Math.ceil(((thursday.getTime() - yearStart.getTime()) / DAY + 1) / 7)
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`
}

const locale = (language: Language) => (language === 'vi' ? 'vi-VN' : 'en-GB')

/** "08:30 22/11/2026" (vi) or "22/11/2026, 08:30" (en), on the province's clock. */
export const formatDateTime = (instant: string | Date, language: Language): string =>
  new Intl.DateTimeFormat(locale(language), {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(instant))

/**
 * "07/04/2026 17:00": day, month, year, hours and minutes on the province's clock, the same in both
 * languages (scorecard, spreadsheets, airing titles).
 */
export const dayTimeText = (instant: string | Date, timeZone = TIME_ZONE): string => {
  const local = new TZDate(new Date(instant).getTime(), timeZone)
  const two = (n: number) => String(n).padStart(2, '0')
  return `${two(local.getDate())}/${two(local.getMonth() + 1)}/${local.getFullYear()} ${two(local.getHours())}:${two(local.getMinutes())}`
}

/** "22/11/2026", on the province's clock. */
export const formatDate = (instant: string | Date, language: Language): string =>
  new Intl.DateTimeFormat(locale(language), {
    timeZone: TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(instant))

/**
 * A calendar day, "2025-07-01": a unit's opening and closing dates, effective dates. Days are
 * compared as text (the format sorts like the calendar) and mean the day on the province's clock.
 */
export type Day = string

const DAY_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/

/** Whether a text names a day that exists, written YYYY-MM-DD (no 2025-02-30). */
export const isDay = (text: unknown): text is Day => {
  const match = typeof text === 'string' ? DAY_TEXT.exec(text) : null
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  )
}

/**
 * The day a stored or sent date means: a "YYYY-MM-DD" text as written, an instant by the day it falls
 * on in Vietnam. The admin's day picker sends 12:00 UTC of the chosen day (19:00 in Vietnam, the
 * same day); older rows kept local midnight (17:00 UTC the day before): both read as the day meant.
 */
export const dayOf = (
  value: string | Date | null | undefined,
  timeZone = TIME_ZONE,
): Day | null => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'string' && isDay(value)) return value
  const time = value instanceof Date ? value.getTime() : Date.parse(value)
  return Number.isNaN(time) ? null : localDay(new Date(time), timeZone)
}

/**
 * How a calendar day is stored: 12:00 UTC of the day, what the admin's picker sends, so the picker
 * shows the same day in any browser from UTC−11 to UTC+11.
 */
export const storedDay = (day: Day): string => `${day}T12:00:00.000Z`

/** The day `days` after (or before, when negative) `day`. */
export const addDays = (day: Day, days: number): Day => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10)
}

/** The instant a day begins on the local clock (local midnight). */
export const startOfDay = (day: Day, timeZone = TIME_ZONE): Date => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  return new Date(new TZDate(year, month - 1, date, timeZone).getTime())
}

/** The first and last day of a range of instants ([start, end)), on the local clock. */
export const daysOf = (range: Range, timeZone = TIME_ZONE): { first: Day; last: Day } => ({
  first: localDay(range.start, timeZone),
  last: localDay(new Date(range.end.getTime() - 1), timeZone),
})

/** "01/07/2025": a day as people in Vietnam write it (the same in both languages). */
export const formatDay = (day: Day): string => day.split('-').reverse().join('/')
