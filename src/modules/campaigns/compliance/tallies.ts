import type { Payload, PayloadRequest } from 'payload'

import { slugs } from '@/platform/slugs'
import { occurrencesIn } from '@/modules/campaigns/domain/recurrence'
import { formatPeriod, periodRange, quarterOf, shiftQuarter, type Period } from '@/modules/campaigns/domain/periods'
import { relationId } from '@/platform/fields/relationId'

type Doc = Record<string, any>
type Db = { payload: Payload; req?: Partial<PayloadRequest> }

const rows = async ({ payload, req }: Db, collection: 'broadcast-items' | 'airings' | 'broadcast-tallies' | 'outlets', where: object, select: Record<string, true>) =>
  (await payload.db.find({ collection, where: where as never, select, limit: 0, pagination: false, req })).docs as unknown as Doc[]

/** The quarters an item's airings fall in (a recurring item: every quarter from its start to its end). */
export const quartersOfItem = (item: { start: string | Date; repeatUntil?: string | Date | null; rrule?: string | null }, horizon: Date): Period[] => {
  const first = quarterOf(new Date(item.start))
  if (!item.rrule) return [first]
  const last = quarterOf(item.repeatUntil ? new Date(item.repeatUntil) : horizon)
  const quarters: Period[] = []
  for (let q = first; formatPeriod(q) <= formatPeriod(last) && quarters.length < 40; q = shiftQuarter(q, 1)) quarters.push(q)
  return quarters
}

/**
 * Counts one outlet's airings of one channel in one quarter from the items and confirmations
 * themselves, and stores the count. Recounting (rather than adding one) keeps the tally right
 * whatever order concurrent writes land in.
 */
export const recountTally = async (db: Db, outletId: number | string, channel: string, quarter: Period): Promise<void> => {
  const range = periodRange(quarter)
  const outlet = (await rows(db, slugs.outlets, { id: { equals: outletId } }, { ownerUnit: true }))[0]
  const items = await rows(
    db,
    slugs.broadcastItems,
    {
      and: [
        { outlet: { equals: outletId } },
        { channel: { equals: channel } },
        { start: { less_than: range.end.toISOString() } },
        { or: [{ rrule: { exists: true } }, { start: { greater_than_equal: range.start.toISOString() } }] },
      ],
    },
    { start: true, rrule: true, repeatUntil: true },
  )
  let scheduled = 0
  for (const item of items) {
    scheduled += occurrencesIn({ start: new Date(item.start), rule: item.rrule, until: item.repeatUntil ? new Date(item.repeatUntil) : null }, range).length
  }
  const said =
    items.length === 0
      ? []
      : await rows(
          db,
          slugs.airings,
          { and: [{ item: { in: items.map((i) => i.id) } }, { occurrenceAt: { greater_than_equal: range.start.toISOString() } }, { occurrenceAt: { less_than: range.end.toISOString() } }] },
          { status: true },
        )
  const key = `${outletId}|${channel}|${formatPeriod(quarter)}`
  const data = {
    outlet: outletId as number,
    ownerUnit: relationId(outlet?.ownerUnit) as number,
    channel,
    quarter: formatPeriod(quarter),
    scheduled,
    confirmed: said.filter((a) => a.status === 'confirmed').length,
    missed: said.filter((a) => a.status === 'missed').length,
    key,
  }
  const existing = (await rows(db, slugs.broadcastTallies, { key: { equals: key } }, { scheduled: true, confirmed: true, missed: true, ownerUnit: true }))[0]
  // Derived data written as the system (tallies are not writable by anyone), only when it changed.
  const system = { overrideAccess: true, depth: 0, req: db.req } as const
  const same = existing && (['scheduled', 'confirmed', 'missed'] as const).every((f) => existing[f] === data[f]) && relationId(existing.ownerUnit) === data.ownerUnit
  if (same) return
  if (existing) await db.payload.update({ collection: slugs.broadcastTallies, id: existing.id, data, ...system })
  else if (scheduled > 0 || data.confirmed > 0 || data.missed > 0) await db.payload.create({ collection: slugs.broadcastTallies, data, ...system })
}

/** Recounts every tally an item touches, before and after a change (outlet, channel or dates may move). */
export const recountForItem = async (db: Db, ...versions: (Doc | null | undefined)[]): Promise<void> => {
  const horizon = new Date(Date.now() + 366 * 86400_000)
  const seen = new Set<string>()
  for (const item of versions) {
    if (!item?.outlet || !item.start) continue
    for (const quarter of quartersOfItem(item as never, horizon)) {
      const key = `${relationId(item.outlet)}|${item.channel}|${formatPeriod(quarter)}`
      if (seen.has(key)) continue
      seen.add(key)
      await recountTally(db, relationId(item.outlet)!, item.channel, quarter)
    }
  }
}

/** Rebuilds every tally from scratch: after a bulk import, or as a nightly check. */
export const rebuildTallies = async (payload: Payload): Promise<number> => {
  const db = { payload }
  const horizon = new Date(Date.now() + 366 * 86400_000)
  const items = await rows(db, slugs.broadcastItems, {}, { outlet: true, channel: true, start: true, rrule: true, repeatUntil: true })
  const keys = new Map<string, [number | string, string, Period]>()
  for (const item of items) {
    for (const quarter of quartersOfItem(item as never, horizon)) {
      keys.set(`${relationId(item.outlet)}|${item.channel}|${formatPeriod(quarter)}`, [relationId(item.outlet)!, item.channel, quarter])
    }
  }
  for (const [, [outlet, channel, quarter]] of keys) await recountTally(db, outlet, channel, quarter)
  return keys.size
}

