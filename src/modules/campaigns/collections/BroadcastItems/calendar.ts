import type { PayloadRequest, Where } from 'payload'

import { asUser } from '@/platform/access/asUser'
import { relationId } from '@/platform/fields/relationId'
import { isAdminUser } from '@/platform/roles'
import { slugs } from '@/platform/slugs'
import { dayOf, localDay, type Day } from '@/platform/time'
import { reaches, subtreeUnitIds, unitScopeWhere, unitSubtreeWhere } from '@/modules/organisation'
import { missedAfterHours } from '@/modules/campaigns/config'
import {
  byDay,
  calendarStatusOf,
  rangeOf,
  type CalendarFilters,
  type CalendarSpan,
  type CalendarStatus,
} from '@/modules/campaigns/domain/calendar'
import { airingsOf } from '@/modules/campaigns/domain/recurrence'
import type { BroadcastChannel } from '@/modules/campaigns/domain/vocabulary'
import { mayAirIn, scheduleSelect } from './mayAirIn'

type Id = number | string

export type CalendarEntry = {
  at: Date
  itemId: Id
  title: string
  unit: Id | null
  outletId: Id | null
  outlet: string
  channel: BroadcastChannel
  status: CalendarStatus
  airingId: Id | null
}

export type BroadcastCalendar = {
  days: Map<Day, CalendarEntry[]>
  total: number
  /** The units and outlets the user may filter by (those of their subtree). */
  units: { id: Id; name: string; closedOn: Day | null }[]
  outlets: { id: Id; name: string; unit: Id | null; active: boolean }[]
  /** The unit asked for lies outside the user's subtree: nothing is shown. */
  unitOutOfScope: boolean
  missedAfterHours: number
}

/**
 * The airings of a month or week as a user may see them, each with its status: one read of the items
 * that may air in the span, one of what their units said about those airings, and the outlets and
 * units to filter by. Every read is made as the user, so the scope holds whatever the address says.
 */
export const loadBroadcastCalendar = async (
  req: PayloadRequest,
  span: CalendarSpan,
  filters: CalendarFilters,
  now = new Date(),
): Promise<BroadcastCalendar> => {
  const api = asUser(req)
  const range = rangeOf(span)
  const grace = missedAfterHours()
  const scope: Where | null = isAdminUser(req.user)
    ? null
    : unitScopeWhere('unit', await subtreeUnitIds(req))

  // Outlets are readable by all staff; the filter offers those of the user's own subtree.
  const { docs: outletDocs } = await api.find({
    collection: slugs.outlets,
    where: scope ?? {},
    select: { name: true, unit: true, active: true },
    sort: 'name',
    depth: 0,
    pagination: false,
  })
  const outlets = outletDocs.map((o) => ({
    id: o.id,
    name: o.name,
    unit: relationId(o.unit),
    active: o.active !== false,
  }))
  const ownerIds = [...new Set(outlets.map((o) => o.unit).filter((id): id is Id => id !== null))]
  const { docs: unitDocs } =
    ownerIds.length === 0
      ? { docs: [] }
      : await api.find({
          collection: slugs.units,
          where: { id: { in: ownerIds } },
          select: { name: true, validTo: true },
          sort: 'name',
          depth: 0,
          pagination: false,
        })
  // A merged unit of then keeps its name: its last day tells it from today's namesake.
  const units = unitDocs.map((u) => ({ id: u.id, name: u.name, closedOn: dayOf(u.validTo) }))

  const empty = (unitOutOfScope: boolean): BroadcastCalendar => ({
    days: new Map(),
    total: 0,
    units,
    outlets,
    unitOutOfScope,
    missedAfterHours: grace,
  })
  if (filters.unit !== null && !(await reaches(req, filters.unit))) return empty(true)

  const where: Where[] = [mayAirIn(range)]
  if (filters.unit !== null) {
    // The unit chosen and the units under it (a commune and its public-service centre).
    const { docs } = await api.find({
      collection: slugs.units,
      where: unitSubtreeWhere(filters.unit),
      select: {},
      depth: 0,
      pagination: false,
    })
    where.push({ unit: { in: docs.map((u) => u.id) } })
  }
  if (filters.outlet !== null) where.push({ outlet: { equals: filters.outlet } })
  if (filters.channel !== null) where.push({ channel: { equals: filters.channel } })

  const { docs: items } = await api.find({
    collection: slugs.broadcastItems,
    where: { and: where },
    select: { ...scheduleSelect, unit: true },
    depth: 0,
    pagination: false,
  })
  if (items.length === 0) return empty(false)

  const { docs: airings } = await api.find({
    collection: slugs.airings,
    where: {
      and: [
        { item: { in: items.map((item) => item.id) } },
        { occurrenceAt: { greater_than_equal: range.start.toISOString() } },
        { occurrenceAt: { less_than: range.end.toISOString() } },
      ],
    },
    select: { item: true, occurrenceAt: true, status: true },
    depth: 0,
    pagination: false,
  })
  const said = new Map(
    airings.map((a) => [`${relationId(a.item)}|${new Date(a.occurrenceAt).getTime()}`, a]),
  )
  const outletName = new Map(outletDocs.map((o) => [String(o.id), o.name]))

  const entries: CalendarEntry[] = []
  for (const item of items) {
    for (const at of airingsOf(item, range)) {
      const airing = said.get(`${item.id}|${at.getTime()}`)
      entries.push({
        at,
        itemId: item.id,
        title: item.title,
        unit: relationId(item.unit),
        outletId: relationId(item.outlet),
        // An outlet of another subtree is not in the list: its item is then named by its channel.
        outlet: outletName.get(String(relationId(item.outlet))) ?? '',
        channel: item.channel,
        status: calendarStatusOf({
          at,
          durationMinutes: item.durationMinutes,
          said: airing?.status ?? null,
          missedAfterHours: grace,
          now,
        }),
        airingId: airing?.id ?? null,
      })
    }
  }
  return {
    days: byDay(entries, (at) => localDay(at)),
    total: entries.length,
    units,
    outlets,
    unitOutOfScope: false,
    missedAfterHours: grace,
  }
}
