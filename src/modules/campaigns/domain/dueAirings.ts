import { TZDate } from '@date-fns/tz'

import { TIME_ZONE, addDays, localDay, startOfDay, type Range } from '@/platform/time'

export const dueRanges = ['today', 'week'] as const
export type DueRange = (typeof dueRanges)[number]

export const isDueRange = (value: unknown): value is DueRange =>
  (dueRanges as readonly unknown[]).includes(value)

/** Today, or this week from Monday 00:00 to the next Monday, on the province's clock. */
export const dueWindow = (range: DueRange, now: Date, timeZone = TIME_ZONE): Range => {
  if (range === 'today') {
    const day = localDay(now, timeZone)
    return { start: startOfDay(day, timeZone), end: startOfDay(addDays(day, 1), timeZone) }
  }
  const local = new TZDate(now.getTime(), timeZone)
  const sinceMonday = (local.getDay() + 6) % 7
  const monday = new TZDate(
    local.getFullYear(),
    local.getMonth(),
    local.getDate() - sinceMonday,
    timeZone,
  )
  const next = new TZDate(monday.getFullYear(), monday.getMonth(), monday.getDate() + 7, timeZone)
  return { start: new Date(monday.getTime()), end: new Date(next.getTime()) }
}

/** An airing can be confirmed once it has started; "không phát" can be said once it was due. */
export const hasStarted = (at: Date, now: Date): boolean => at.getTime() <= now.getTime()

/**
 * Whoever said what happened to an airing may take it back the same day (on the province's
 * clock), in case they picked the wrong one; after that only an editor changes it.
 */
export const canUndo = (
  airing: { confirmedBy?: unknown; createdAt: string | Date },
  userId: unknown,
  now: Date,
  timeZone = TIME_ZONE,
): boolean =>
  airing.confirmedBy !== null &&
  airing.confirmedBy !== undefined &&
  String(airing.confirmedBy) === String(userId) &&
  localDay(new Date(airing.createdAt), timeZone) === localDay(now, timeZone)

/** The instant from which a user's own confirmations can still be taken back. */
export const undoableSince = (now: Date, timeZone = TIME_ZONE): Date =>
  startOfDay(localDay(now, timeZone), timeZone)
