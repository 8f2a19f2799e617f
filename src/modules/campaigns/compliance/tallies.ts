import type { Payload, PayloadRequest } from 'payload'

import type { BroadcastItem } from '@/payload-types'
import { asSystem } from '@/platform/access/asUser'
import { relationId, storedId } from '@/platform/fields/relationId'
import { slugs } from '@/platform/slugs'
import { DAY } from '@/platform/time'
import {
  formatPeriod,
  inRange,
  periodRange,
  quarterOf,
  type Period,
  type Range,
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

/** Airings of one outlet and channel counted over one range (a plan's reporting window quarter). */
export type RangeTally = {
  outletId: string
  unitId: string
  channel: string
  range: Range
  scheduled: number
  confirmed: number
  missed: number
}

/**
 * Counts airings over ranges that are not calendar quarters (the reporting windows' quarters, such
 * as 15/12 – 14/3), straight from the items and what units said about each airing: the stored
 * tallies are kept per calendar quarter, which such a range cuts across. The same counting rule
 * (`tallyCounts`) as the stored tallies. System reads: a scorecard counts every unit in scope.
 */
export const countTalliesOver = async (
  req: PayloadRequest,
  ranges: readonly Range[],
): Promise<RangeTally[]> => {
  if (ranges.length === 0) return []
  const api = system(req.payload, req)
  const from = new Date(Math.min(...ranges.map((r) => r.start.getTime())))
  const to = new Date(Math.max(...ranges.map((r) => r.end.getTime())))
  const [{ docs: outlets }, { docs: items }, { docs: airings }] = await Promise.all([
    api.find({
      collection: slugs.outlets,
      depth: 0,
      pagination: false,
      select: { unit: true },
    }),
    api.find({
      collection: slugs.broadcastItems,
      where: {
        and: [
          { start: { less_than: to.toISOString() } },
          {
            or: [
              { rrule: { exists: true } },
              { start: { greater_than_equal: from.toISOString() } },
            ],
          },
        ],
      },
      depth: 0,
      pagination: false,
      select: { outlet: true, channel: true, start: true, rrule: true, repeatUntil: true },
    }),
    api.find({
      collection: slugs.airings,
      where: {
        and: [
          { occurrenceAt: { greater_than_equal: from.toISOString() } },
          { occurrenceAt: { less_than: to.toISOString() } },
        ],
      },
      depth: 0,
      pagination: false,
      select: { item: true, status: true, occurrenceAt: true },
    }),
  ])
  const unitOf = new Map(outlets.map((o) => [String(o.id), relationId(o.unit)]))
  const groups = new Map<string, { outletId: string; channel: string; items: typeof items }>()
  const groupOfItem = new Map<string, string>()
  for (const item of items) {
    const outletId = relationId(item.outlet)
    if (outletId === null || !item.channel) continue
    const key = `${outletId}|${item.channel}`
    const group = groups.get(key) ?? {
      outletId: String(outletId),
      channel: item.channel,
      items: [],
    }
    group.items.push(item)
    groups.set(key, group)
    groupOfItem.set(String(item.id), key)
  }
  const saidByGroup = new Map<string, typeof airings>()
  for (const airing of airings) {
    const key = groupOfItem.get(String(relationId(airing.item)))
    if (!key) continue
    saidByGroup.set(key, [...(saidByGroup.get(key) ?? []), airing])
  }
  const counted: RangeTally[] = []
  for (const [key, group] of groups) {
    const unitId = unitOf.get(group.outletId)
    if (unitId === null || unitId === undefined) continue
    const said = saidByGroup.get(key) ?? []
    for (const range of ranges) {
      const counts = tallyCounts(
        group.items,
        said.filter((a) => inRange(new Date(a.occurrenceAt), range)),
        range,
      )
      if (counts.scheduled > 0 || counts.confirmed > 0 || counts.missed > 0)
        counted.push({ ...group, unitId: String(unitId), range, ...counts })
    }
  }
  return counted
}
