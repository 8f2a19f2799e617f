import type { PayloadRequest } from 'payload'

import { asUser } from '@/platform/access/asUser'
import { relationId } from '@/platform/fields/relationId'
import { slugs } from '@/platform/slugs'
import { missedAfterHours } from '@/modules/campaigns/config'
import {
  formatPeriod,
  parsePeriod,
  periodRange,
  quarterOf,
} from '@/modules/campaigns/domain/periods'
import { airingsOf, isOverdue } from '@/modules/campaigns/domain/recurrence'
import { refused } from '@/modules/campaigns/i18n'

export type OccurrenceView = {
  at: string
  status: 'confirmed' | 'missed' | 'pending'
  airingId: number | string | null
}

/** The airings of one item in a period, each with what its unit said about it (or not yet). */
export const listOccurrences = async (
  req: PayloadRequest,
  itemId: number | string,
  periodText: string | null,
) => {
  const period = periodText ? parsePeriod(periodText) : quarterOf(new Date())
  if (!period) throw refused(req, 'scorecard.badPeriod', { period: periodText ?? '' })
  const api = asUser(req)
  const item = await api.findByID({ collection: slugs.broadcastItems, id: itemId, depth: 0 })
  const range = periodRange(period)
  const starts = airingsOf(item, range)
  const { docs: airings } = await api.find({
    collection: slugs.airings,
    where: { item: { equals: item.id } },
    pagination: false,
    depth: 0,
    select: { occurrenceAt: true, status: true },
  })
  const said = new Map(airings.map((a) => [new Date(a.occurrenceAt).getTime(), a]))
  const now = new Date()
  const occurrences: OccurrenceView[] = starts.map((at) => {
    const airing = said.get(at.getTime())
    const overdue = isOverdue(at, item.durationMinutes, missedAfterHours(), now)
    return {
      at: at.toISOString(),
      status: airing ? airing.status : overdue ? 'missed' : 'pending',
      airingId: airing?.id ?? null,
    }
  })
  return {
    item: { id: item.id, title: item.title, unit: relationId(item.unit) },
    period: formatPeriod(period),
    occurrences,
  }
}
