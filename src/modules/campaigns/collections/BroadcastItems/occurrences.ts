import { APIError, type PayloadRequest } from 'payload'

import { asUser } from '@/platform/access/asUser'
import { missedAfterHours } from '@/platform/jobs/schedules'
import { slugs } from '@/platform/slugs'
import { occurrencesIn } from '@/modules/campaigns/domain/recurrence'
import { parsePeriod, periodRange, quarterOf, formatPeriod } from '@/modules/campaigns/domain/periods'
import { relationId } from '@/platform/fields/relationId'
import { t } from '@/platform/i18n/request'


export type OccurrenceView = { at: string; status: 'confirmed' | 'missed' | 'pending'; airingId: number | string | null }

/** The airings of one item in a period, each with what its unit said about it (or not yet). */
export const listOccurrences = async (req: PayloadRequest, itemId: number | string, periodText: string | null) => {
  const period = periodText ? parsePeriod(periodText) : quarterOf(new Date())
  if (!period) throw new APIError(t(req, 'scorecard.badPeriod', { period: periodText ?? '' }), 400, undefined, true)
  const api = asUser(req)
  const item = await api.findByID({ collection: slugs.broadcastItems, id: itemId, depth: 0 })
  const range = periodRange(period)
  const starts = occurrencesIn({ start: new Date(item.start), rule: item.rrule, until: item.repeatUntil ? new Date(item.repeatUntil) : null }, range)
  const { docs: airings } = await api.find({
    collection: slugs.airings,
    where: { item: { equals: item.id } },
    pagination: false,
    depth: 0,
    select: { occurrenceAt: true, status: true },
  })
  const said = new Map(airings.map((a) => [new Date(a.occurrenceAt).getTime(), a]))
  const now = Date.now()
  const occurrences: OccurrenceView[] = starts.map((at) => {
    const airing = said.get(at.getTime())
    const overdue = at.getTime() + (item.durationMinutes ?? 0) * 60_000 + missedAfterHours() * 3600_000 <= now
    return { at: at.toISOString(), status: airing ? (airing.status as 'confirmed' | 'missed') : overdue ? 'missed' : 'pending', airingId: airing?.id ?? null }
  })
  return { item: { id: item.id, title: item.title, ownerUnit: relationId(item.ownerUnit) }, period: formatPeriod(period), occurrences }
}

/** The owning unit says one airing went out: creates its confirmation, as the user, with its checks. */
export const confirmOccurrence = async (req: PayloadRequest, itemId: number | string, body: { occurrenceAt?: string; airedAt?: string; evidenceLink?: string; note?: string }) => {
  const api = asUser(req)
  // Read first, as the user: an item they cannot see is a 404, and the id comes back in its own type.
  const item = await api.findByID({ collection: slugs.broadcastItems, id: itemId, depth: 0 })
  return api.create({
    collection: slugs.airings,
    data: {
      item: item.id,
      occurrenceAt: body.occurrenceAt ?? '',
      status: 'confirmed',
      airedAt: body.airedAt ?? body.occurrenceAt,
      evidenceLink: body.evidenceLink,
      note: body.note,
    },
    depth: 0,
  })
}
