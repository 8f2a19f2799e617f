import type { PayloadRequest } from 'payload'

import { formatPeriod, parsePeriod, type Period } from '@/modules/campaigns/domain/periods'
import { previousPeriod } from '@/modules/campaigns/domain/scorecardReading'

import type { Scorecard } from './scorecard'
import { scorecardFor } from './scorecardCache'

type Shares = Record<string, number | null>

/**
 * The unit being viewed in other periods, as the scorecard page draws it: its share per indicator
 * in each quarter of the card's history and in the previous period. Each comes from the kept card of
 * that period (the same cut and refusals as the page's own, so a caller never sees beyond their
 * subtree); a unit that did not count then (opened later, merged since) has no figure for it. The
 * whole plan's history is already on the card and costs nothing more.
 */
export const unitHistoryFor = async (
  req: PayloadRequest,
  card: Scorecard,
): Promise<{
  history: Scorecard['history']
  previous: { period: Period; shares: Shares | null } | null
}> => {
  const sharesIn = async (period: string): Promise<Shares | null> => {
    try {
      // Always the kept card as organised then: the view mapped to today's units regroups the rows
      // but counts the same shares, and is computed afresh on every open.
      const other = await scorecardFor(req, card.plan.id, period, card.focus.unitId)
      return Object.fromEntries(other.indicators.map((i) => [i.indicatorId, i.share]))
    } catch {
      return null
    }
  }
  const own: Shares = Object.fromEntries(card.indicators.map((i) => [i.indicatorId, i.share]))
  const shown = parsePeriod(card.period.key)
  const before = shown ? previousPeriod(shown) : null
  const beforeKey = before ? formatPeriod(before) : null
  // One after the other: a cold card loads the whole year, and two at once would only compete.
  const history: Scorecard['history'] = []
  const known = new Map<string, Shares | null>()
  for (const entry of card.history) {
    const shares =
      entry.period === card.period.key
        ? own
        : card.focus.unitId === null
          ? entry.shares
          : await sharesIn(entry.period)
    known.set(entry.period, shares)
    history.push({ ...entry, shares: shares ?? {} })
  }
  if (!before || !beforeKey) return { history, previous: null }
  const previousShares = known.has(beforeKey) ? known.get(beforeKey)! : await sharesIn(beforeKey)
  return { history, previous: { period: before, shares: previousShares } }
}
