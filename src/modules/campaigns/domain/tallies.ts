import { formatPeriod, quarterOf, shiftQuarter, type Period, type Range } from './periods'
import { airingsOf, type ItemSchedule } from './recurrence'

/** What a quarter's tally of one outlet and channel holds. */
export type TallyCounts = { scheduled: number; confirmed: number; missed: number }

/**
 * Counts one outlet's airings of one channel in `range` from the items on it and what the owning
 * unit said about each airing. The scorecard reads these counts instead of every item and airing.
 */
export const tallyCounts = (
  items: readonly ItemSchedule[],
  said: readonly { status?: string | null }[],
  range: Range,
): TallyCounts => ({
  scheduled: items.reduce((sum, item) => sum + airingsOf(item, range).length, 0),
  confirmed: said.filter((airing) => airing.status === 'confirmed').length,
  missed: said.filter((airing) => airing.status === 'missed').length,
})

/** The quarters an item's airings fall in (a recurring item: every quarter from its start to its end, at most ten years). */
export const quartersOfItem = (item: ItemSchedule, horizon: Date): Period[] => {
  const first = quarterOf(new Date(item.start))
  if (!item.rrule) return [first]
  const last = quarterOf(item.repeatUntil ? new Date(item.repeatUntil) : horizon)
  const quarters: Period[] = []
  for (
    let q = first;
    formatPeriod(q) <= formatPeriod(last) && quarters.length < 40;
    q = shiftQuarter(q, 1)
  )
    quarters.push(q)
  return quarters
}
