import type { Payload, PayloadRequest } from 'payload'

import type { BroadcastItem } from '@/payload-types'
import { asSystem } from '@/platform/access/asUser'
import { relationId, storedId } from '@/platform/fields/relationId'
import { slugs } from '@/platform/slugs'
import { DAY } from '@/platform/time'
import {
  formatPeriod,
  periodRange,
  quarterOf,
  type Period,
} from '@/modules/campaigns/domain/periods'
import { quartersOfItem, tallyCounts } from '@/modules/campaigns/domain/tallies'

type Id = number | string
type Where = Parameters<Payload['find']>[0]['where']

/** Derived data, kept by the system whoever triggered the change (tallies are not writable through any API). */
const system = (payload: Payload, req?: PayloadRequest) => asSystem(req ?? payload)

const tallyKey = (outletId: Id, channel: string, quarter: Period) =>
  `${outletId}|${channel}|${formatPeriod(quarter)}`

/**
 * Counts one outlet's airings of one channel in one quarter from the items and confirmations
 * themselves, and stores the count. Recounting (rather than adding one) keeps the tally right
 * whatever order concurrent writes land in.
 */
export const recountTally = async (
  payload: Payload,
  outletId: Id,
  channel: string,
  quarter: Period,
  req?: PayloadRequest,
): Promise<void> => {
  const api = system(payload, req)
  const range = periodRange(quarter)
  const outlet = await api.findByID({
    collection: slugs.outlets,
    id: outletId,
    depth: 0,
    disableErrors: true,
    select: { unit: true },
  })
  const itemsWhere: Where = {
    and: [
      { outlet: { equals: outletId } },
      { channel: { equals: channel } },
      { start: { less_than: range.end.toISOString() } },
      {
        or: [
          { rrule: { exists: true } },
          { start: { greater_than_equal: range.start.toISOString() } },
        ],
      },
    ],
  }
  const { docs: items } = await api.find({
    collection: slugs.broadcastItems,
    where: itemsWhere,
    depth: 0,
    pagination: false,
    select: { start: true, rrule: true, repeatUntil: true },
  })
  const said =
    items.length === 0
      ? []
      : (
          await api.find({
            collection: slugs.airings,
            where: {
              and: [
                { item: { in: items.map((i) => i.id) } },
                { occurrenceAt: { greater_than_equal: range.start.toISOString() } },
                { occurrenceAt: { less_than: range.end.toISOString() } },
              ],
            },
            depth: 0,
            pagination: false,
            select: { status: true },
          })
        ).docs
  const counts = tallyCounts(items, said, range)
  const key = tallyKey(outletId, channel, quarter)
  const unit = relationId(outlet?.unit)
  const data = {
    outlet: storedId(outletId),
    unit: unit === null ? null : storedId(unit),
    channel,
    quarter: formatPeriod(quarter),
    ...counts,
    key,
  }
  const { docs } = await api.find({
    collection: slugs.broadcastTallies,
    where: { key: { equals: key } },
    depth: 0,
    limit: 1,
    select: { scheduled: true, confirmed: true, missed: true, unit: true },
  })
  const existing = docs[0]
  const same =
    existing &&
    (['scheduled', 'confirmed', 'missed'] as const).every((f) => existing[f] === data[f]) &&
    String(relationId(existing.unit)) === String(data.unit)
  if (same) return
  if (existing)
    await api.update({ collection: slugs.broadcastTallies, id: existing.id, data, depth: 0 })
  else if (counts.scheduled > 0 || counts.confirmed > 0 || counts.missed > 0)
    await api.create({ collection: slugs.broadcastTallies, data, depth: 0 })
}

type ItemPlace = Pick<BroadcastItem, 'outlet' | 'channel' | 'start' | 'rrule' | 'repeatUntil'>

/** Recounts every tally an item touches, before and after a change (outlet, channel or dates may move). */
export const recountForItem = async (
  payload: Payload,
  req: PayloadRequest | undefined,
  ...versions: (Partial<ItemPlace> | null | undefined)[]
): Promise<void> => {
  const horizon = new Date(Date.now() + 366 * DAY)
  const seen = new Set<string>()
  for (const item of versions) {
    const outletId = relationId(item?.outlet)
    if (!item || outletId === null || !item.start || !item.channel) continue
    for (const quarter of quartersOfItem(
      { start: item.start, rrule: item.rrule, repeatUntil: item.repeatUntil },
      horizon,
    )) {
      const key = tallyKey(outletId, item.channel, quarter)
      if (seen.has(key)) continue
      seen.add(key)
      await recountTally(payload, outletId, item.channel, quarter, req)
    }
  }
}

/** Recounts the quarter an airing (its confirmation or miss) falls in. */
export const recountForAiring = async (
  payload: Payload,
  req: PayloadRequest | undefined,
  airing: { item?: unknown; occurrenceAt?: string | null } | null | undefined,
): Promise<void> => {
  const itemId = relationId(airing?.item)
  if (itemId === null || !airing?.occurrenceAt) return
  const item = await system(payload, req).findByID({
    collection: slugs.broadcastItems,
    id: itemId,
    depth: 0,
    disableErrors: true,
  })
  const outletId = relationId(item?.outlet)
  if (item && outletId !== null)
    await recountTally(
      payload,
      outletId,
      item.channel,
      quarterOf(new Date(airing.occurrenceAt)),
      req,
    )
}

/** Rebuilds every tally from scratch: after bulk work (the seed, imports), or as a nightly check. */
export const rebuildTallies = async (payload: Payload): Promise<number> => {
  const horizon = new Date(Date.now() + 366 * DAY)
  const { docs: items } = await system(payload).find({
    collection: slugs.broadcastItems,
    depth: 0,
    pagination: false,
    select: { outlet: true, channel: true, start: true, rrule: true, repeatUntil: true },
  })
  const keys = new Map<string, [Id, string, Period]>()
  for (const item of items) {
    const outletId = relationId(item.outlet)
    if (outletId === null) continue
    for (const quarter of quartersOfItem(item, horizon))
      keys.set(tallyKey(outletId, item.channel, quarter), [outletId, item.channel, quarter])
  }
  for (const [outlet, channel, quarter] of keys.values())
    await recountTally(payload, outlet, channel, quarter)
  return keys.size
}
