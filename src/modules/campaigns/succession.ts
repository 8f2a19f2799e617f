import type { PayloadRequest, Where } from 'payload'

import type { BroadcastItem } from '@/payload-types'
import { asSystem } from '@/platform/access/asUser'
import { nativeId, storedId } from '@/platform/fields/relationId'
import type { SuccessionStep } from '@/platform/module'
import { slugs } from '@/platform/slugs'
import { DAY, formatDay, localDay, startOfDay } from '@/platform/time'
import { airingsOf } from '@/modules/campaigns/domain/recurrence'
import { label, t } from '@/modules/campaigns/i18n'

type Id = number | string

/** Items of an outlet that air on or after `from`: one-off ones from then, regular ones still running. */
const comingItems = (outletId: Id, from: Date): Where => ({
  and: [
    { outlet: { equals: outletId } },
    {
      or: [
        { start: { greater_than_equal: from.toISOString() } },
        {
          and: [
            { rrule: { exists: true } },
            {
              or: [
                { repeatUntil: { exists: false } },
                { repeatUntil: { greater_than_equal: from.toISOString() } },
              ],
            },
          ],
        },
      ],
    },
  ],
})

/**
 * Outlets (commune stations, papers) follow their unit into a reorganisation. An outlet with
 * nothing aired before the effective date simply changes owner. One with history stays with the
 * closed unit for that history (its tallies and airings keep counting for it) and is carried on
 * by a new record owned by the successor (`continues` links them: the old loudspeaker cluster kept
 * and linked); its broadcasts from the date move to that record, a regular segment running across
 * the date being cut there and continued, with any airing already confirmed after the date.
 * System reads and writes, inside the reorganisation's transaction.
 */
export const outletSuccession: SuccessionStep = {
  group: 'outlets',
  label: label('succession.outlets'),
  list: async (req, sourceIds, day) => {
    const system = asSystem(req)
    const from = startOfDay(day)
    const { docs: outlets } = await system.find({
      collection: slugs.outlets,
      where: { unit: { in: [...sourceIds] } },
      depth: 0,
      pagination: false,
      select: { name: true, unit: true },
    })
    const things = []
    for (const outlet of outlets) {
      const { totalDocs } = await system.count({
        collection: slugs.broadcastItems,
        where: comingItems(outlet.id, from),
      })
      things.push({
        group: 'outlets',
        ref: String(outlet.id),
        sourceId: (outlet.unit as Id | null) ?? '',
        label: t(req, 'succession.outlet', {
          name: outlet.name,
          items: totalDocs,
          day: formatDay(day),
        }),
      })
    }
    return things
  },
  apply: async (req, moves, day) => {
    for (const { thing, targetId } of moves) await handOverOutlet(req, thing.ref, targetId, day)
  },
}

const handOverOutlet = async (req: PayloadRequest, ref: string, targetId: Id, day: string) => {
  const system = asSystem(req)
  const outletId = nativeId(req.payload, ref)
  const from = startOfDay(day)
  const outlet = await system.findByID({ collection: slugs.outlets, id: outletId, depth: 0 })
  const { totalDocs: before } = await system.count({
    collection: slugs.broadcastItems,
    where: {
      and: [{ outlet: { equals: outletId } }, { start: { less_than: from.toISOString() } }],
    },
  })
  const { docs: coming } = await system.find({
    collection: slugs.broadcastItems,
    where: comingItems(outletId, from),
    depth: 0,
    pagination: false,
  })
  if (before === 0) {
    // Nothing aired yet under the old unit: the outlet and its items just change owner.
    await system.update({
      collection: slugs.outlets,
      id: outletId,
      data: { unit: storedId(targetId) },
      depth: 0,
    })
    for (const item of coming)
      await system.update({
        collection: slugs.broadcastItems,
        id: item.id,
        data: { outlet: storedId(outletId) },
        depth: 0,
      })
    return
  }
  const successor = await system.create({
    collection: slugs.outlets,
    data: {
      name: outlet.name,
      kind: outlet.kind,
      channels: outlet.channels,
      unit: storedId(targetId),
      reminderLeadHours: outlet.reminderLeadHours,
      active: true,
      continues: storedId(outletId),
    },
    depth: 0,
  })
  for (const item of coming) {
    if (Date.parse(item.start) >= from.getTime()) {
      // Starts on or after the date: the whole item (and what was said about it) moves.
      await system.update({
        collection: slugs.broadcastItems,
        id: item.id,
        data: { outlet: storedId(successor.id) },
        depth: 0,
      })
      continue
    }
    await continueItem(req, item, successor.id, from)
  }
  // A station whose unit closed no longer airs under it (when the date has come).
  if (day <= localDay(new Date()))
    await system.update({
      collection: slugs.outlets,
      id: outletId,
      data: { active: false },
      depth: 0,
    })
}

/** Cuts a regular segment the day before `from` and continues it on the successor's outlet. */
const continueItem = async (req: PayloadRequest, item: BroadcastItem, outletId: Id, from: Date) => {
  const system = asSystem(req)
  const until = item.repeatUntil
    ? new Date(item.repeatUntil)
    : new Date(from.getTime() + 5 * 366 * DAY)
  const next = airingsOf(item, { start: from, end: new Date(until.getTime() + DAY) })[0]
  await system.update({
    collection: slugs.broadcastItems,
    id: item.id,
    // The last moment of the day before: the old unit's segment ends with its last day.
    data: { repeatUntil: new Date(from.getTime() - 1).toISOString() },
    depth: 0,
  })
  if (!next) return
  const copy = await system.create({
    collection: slugs.broadcastItems,
    data: {
      title: item.title,
      outlet: storedId(outletId),
      channel: item.channel,
      start: next.toISOString(),
      durationMinutes: item.durationMinutes,
      recurrence: item.recurrence,
      customRule: item.recurrence === 'custom' ? (item.customRule ?? item.rrule) : item.customRule,
      repeatUntil: item.repeatUntil ?? null,
      plan: item.plan ?? null,
      indicator: item.indicator ?? null,
      article: item.article ?? null,
      script: item.script,
    },
    depth: 0,
  })
  const { docs: said } = await system.find({
    collection: slugs.airings,
    where: {
      and: [
        { item: { equals: item.id } },
        { occurrenceAt: { greater_than_equal: from.toISOString() } },
      ],
    },
    depth: 0,
    pagination: false,
  })
  for (const airing of said)
    await system.update({
      collection: slugs.airings,
      id: airing.id,
      data: { item: copy.id },
      depth: 0,
    })
}
