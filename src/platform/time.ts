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

/** "22/11/2026", on the province's clock. */
export const formatDate = (instant: string | Date, language: Language): string =>
  new Intl.DateTimeFormat(locale(language), {
    timeZone: TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(instant))
