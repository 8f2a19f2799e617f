import { addDays, isDay, startOfDay, type Day, type Range } from '@/platform/time'

import { isOverdue } from './recurrence'
import { isBroadcastChannel, type BroadcastChannel } from './vocabulary'

/**
 * What the broadcast calendar shows of one airing: aired (its unit confirmed it), missed (its unit
 * said it did not air, or nobody confirmed it within the grace hours), awaiting confirmation (it has
 * started, the grace hours run) or upcoming.
 */
export type CalendarStatus = 'aired' | 'missed' | 'awaiting' | 'upcoming'
export const calendarStatuses: readonly CalendarStatus[] = [
  'aired',
  'missed',
  'awaiting',
  'upcoming',
]

/** The one rule, the same as the scorecard's: what the unit said wins; silence turns into a miss. */
export const calendarStatusOf = (occurrence: {
  at: Date
  durationMinutes: number
  said: 'confirmed' | 'missed' | null
  missedAfterHours: number
  now: Date
}): CalendarStatus => {
  if (occurrence.said === 'confirmed') return 'aired'
  if (occurrence.said === 'missed') return 'missed'
  if (occurrence.at > occurrence.now) return 'upcoming'
  return isOverdue(
    occurrence.at,
    occurrence.durationMinutes,
    occurrence.missedAfterHours,
    occurrence.now,
  )
    ? 'missed'
    : 'awaiting'
}

/** What the calendar shows: a month ("2026-11") or the week starting on a Monday ("2026-11-23"). */
export type CalendarSpan =
  { kind: 'month'; year: number; month: number } | { kind: 'week'; monday: Day }

const MONTH_TEXT = /^(\d{4})-(\d{2})$/

/** "2026-11-30" → its week's Monday. */
export const mondayOf = (day: Day): Day => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  const weekday = (new Date(Date.UTC(year, month - 1, date)).getUTCDay() + 6) % 7
  return addDays(day, -weekday)
}

/**
 * The span a calendar address asks for (`?week=2026-11-23` or `?month=2026-11`), else the month of
 * `today`. Anything unreadable falls back to today's month rather than failing.
 */
export const spanAsked = (query: { month?: unknown; week?: unknown }, today: Day): CalendarSpan => {
  if (typeof query.week === 'string' && isDay(query.week))
    return { kind: 'week', monday: mondayOf(query.week) }
  const match = typeof query.month === 'string' ? MONTH_TEXT.exec(query.month) : null
  if (match && Number(match[2]) >= 1 && Number(match[2]) <= 12 && Number(match[1]) >= 1900)
    return { kind: 'month', year: Number(match[1]), month: Number(match[2]) }
  return { kind: 'month', year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) }
}

const pad = (n: number) => String(n).padStart(2, '0')
const firstOfMonth = (year: number, month: number): Day => {
  const date = new Date(Date.UTC(year, month - 1, 1))
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-01`
}

/** The query value naming a span: `month=2026-11` or `week=2026-11-23`. */
export const spanParam = (span: CalendarSpan): ['month' | 'week', string] =>
  span.kind === 'month'
    ? ['month', firstOfMonth(span.year, span.month).slice(0, 7)]
    : ['week', span.monday]

/** The span `steps` months or weeks away. */
export const shiftSpan = (span: CalendarSpan, steps: number): CalendarSpan => {
  if (span.kind === 'week') return { kind: 'week', monday: addDays(span.monday, 7 * steps) }
  const day = firstOfMonth(span.year, span.month + steps)
  return { kind: 'month', year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)) }
}

/** The same kind of span around `today` (the "Today" link). */
export const spanOfToday = (kind: CalendarSpan['kind'], today: Day): CalendarSpan =>
  kind === 'week'
    ? { kind: 'week', monday: mondayOf(today) }
    : { kind: 'month', year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) }

/** The days a span covers, in order. */
export const daysOf = (span: CalendarSpan): Day[] => {
  if (span.kind === 'week') return Array.from({ length: 7 }, (_, i) => addDays(span.monday, i))
  const first = firstOfMonth(span.year, span.month)
  const next = firstOfMonth(span.year, span.month + 1)
  const days: Day[] = []
  for (let day = first; day < next; day = addDays(day, 1)) days.push(day)
  return days
}

/** The instants a span covers on the province's clock: [first day 00:00, the day after the last). */
export const rangeOf = (span: CalendarSpan): Range => {
  const days = daysOf(span)
  return { start: startOfDay(days[0]!), end: startOfDay(addDays(days[days.length - 1]!, 1)) }
}

/**
 * The span as rows of seven (Monday first), the days outside it null: the month grid the desktop
 * calendar draws.
 */
export const weeksOf = (span: CalendarSpan): (Day | null)[][] => {
  const days = daysOf(span)
  const lead = daysBetween(mondayOf(days[0]!), days[0]!)
  const cells: (Day | null)[] = [...Array<null>(lead).fill(null), ...days]
  while (cells.length % 7 !== 0) cells.push(null)
  return Array.from({ length: cells.length / 7 }, (_, row) => cells.slice(row * 7, row * 7 + 7))
}

const daysBetween = (from: Day, to: Day): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)

/** The filters of the calendar, as its address keeps them; unknown values are dropped. */
export type CalendarFilters = {
  unit: string | null
  outlet: string | null
  channel: BroadcastChannel | null
}

// Ids are numbers on SQLite, 24 hex digits on MongoDB; anything else cannot name a row.
const ID_TEXT = /^(?:\d{1,15}|[0-9a-f]{24})$/i

export const filtersAsked = (query: {
  unit?: unknown
  outlet?: unknown
  channel?: unknown
}): CalendarFilters => ({
  unit: typeof query.unit === 'string' && ID_TEXT.test(query.unit) ? query.unit : null,
  outlet: typeof query.outlet === 'string' && ID_TEXT.test(query.outlet) ? query.outlet : null,
  channel:
    typeof query.channel === 'string' && isBroadcastChannel(query.channel) ? query.channel : null,
})

/** The calendar's address for a span and filters (empty filters left out). */
export const calendarHref = (
  base: string,
  span: CalendarSpan,
  filters: CalendarFilters,
): string => {
  const params = new URLSearchParams()
  const [key, value] = spanParam(span)
  params.set(key, value)
  for (const name of ['unit', 'outlet', 'channel'] as const) {
    const chosen = filters[name]
    if (chosen) params.set(name, chosen)
  }
  return `${base}?${params.toString()}`
}

/** Entries grouped by the day they fall on, each day's sorted by time. */
export const byDay = <T extends { at: Date }>(
  entries: T[],
  dayOf: (at: Date) => Day,
): Map<Day, T[]> => {
  const days = new Map<Day, T[]>()
  for (const entry of [...entries].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    const day = dayOf(entry.at)
    const list = days.get(day)
    if (list) list.push(entry)
    else days.set(day, [entry])
  }
  return days
}
