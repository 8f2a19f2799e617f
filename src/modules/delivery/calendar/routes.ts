import type { Payload, Where } from 'payload'

import type { Unit } from '@/payload-types'
import { asSystem } from '@/platform/access/asUser'
import { relationId } from '@/platform/fields/relationId'
import { slugs } from '@/platform/slugs'
import { DAY, localDay } from '@/platform/time'
import {
  planDeadlineSelect,
  planDeadlinesOf,
  reportDeadlinesOf,
  scheduleOf,
  unitFactsOf,
} from '@/modules/campaigns'
import {
  calendarTokenMatches,
  normalizeUnitCode,
  publicBaseUrl,
  unitsCarryingOn,
} from '@/modules/organisation'
import { bilingual } from '@/modules/delivery/i18n'
import type { PublicRequest, PublicResponse, PublicRoute } from '@/modules/delivery/types'

import { broadcastsCalendar, deadlinesCalendar } from './feeds'

/**
 * `GET /feeds/broadcasts.ics?unit=<code>&token=…[&outlet=<id>]` and `GET /feeds/deadlines.ics?unit=<code>&token=…`:
 * a unit's broadcast schedule and report deadlines for calendar apps. The token is the only
 * credential, so every read below is a system read limited to that one unit's rows. Anything wrong
 * (no such unit, no token, a wrong or revoked one, an outlet of another unit) gets the same 404.
 */

// Cache-Control comes from the delivery layer: these routes are not shared, so `private, no-store`.
const privateHeaders = { 'X-Robots-Tag': 'noindex', 'Referrer-Policy': 'no-referrer' }

const NOT_FOUND = `${bilingual('calendar.notFound')}\n`
const notFound = (): PublicResponse => ({
  status: 404,
  headers: { 'Content-Type': 'text/plain; charset=utf-8', ...privateHeaders },
  body: NOT_FOUND,
})

const calendarResponse = (body: string, name: string): PublicResponse => ({
  status: 200,
  headers: {
    'Content-Type': 'text/calendar; charset=utf-8',
    'Content-Disposition': `inline; filename="${name}"`,
    ...privateHeaders,
  },
  body,
})

/** Feeds show the past half year too, so a calendar keeps what recently aired. */
const HISTORY_DAYS = 183
const historyStart = (): Date => new Date(Date.now() - HISTORY_DAYS * DAY)
/** A ceiling on events per feed; a unit's own outlets stay far below it. */
const MAX_ITEMS = 5000

type UnitDoc = Pick<
  Unit,
  | 'id'
  | 'code'
  | 'name'
  | 'level'
  | 'parent'
  | 'breadcrumbs'
  | 'validFrom'
  | 'validTo'
  | 'calendarTokenHash'
>

const unitFields = {
  code: true,
  name: true,
  level: true,
  parent: true,
  breadcrumbs: true,
  validFrom: true,
  validTo: true,
  calendarTokenHash: true,
} as const

/**
 * The unit named by `?unit=` when `?token=` is its current token; null otherwise, whatever the
 * reason. A unit closed by a reorganisation passed its token to a successor: the old address then
 * opens that successor's calendars, so subscriptions keep working after a merger.
 */
const authorisedUnit = async (payload: Payload, url: URL): Promise<UnitDoc | null> => {
  const code = url.searchParams.get('unit')
  const token = url.searchParams.get('token')
  const { docs } = code
    ? await asSystem(payload).find({
        collection: slugs.units,
        where: { code: { equals: normalizeUnitCode(code) } },
        limit: 1,
        depth: 0,
        pagination: false,
        select: unitFields,
      })
    : { docs: [] }
  const unit: UnitDoc | undefined = docs[0]
  // Compared even when the unit is unknown, so that case costs the same as a wrong token.
  if (calendarTokenMatches(token, unit?.calendarTokenHash) && unit) return unit
  if (!unit || unit.calendarTokenHash || !token) return null
  const successors =
    (await unitsCarryingOn(payload, [unit.id], localDay(new Date()))).get(String(unit.id)) ?? []
  if (successors.length === 0 || successors.includes(String(unit.id))) return null
  const { docs: heirs } = await asSystem(payload).find({
    collection: slugs.units,
    where: { id: { in: successors } },
    depth: 0,
    pagination: false,
    select: unitFields,
  })
  return heirs.find((heir) => calendarTokenMatches(token, heir.calendarTokenHash)) ?? null
}

const hostOf = (url: URL, headers: Headers) => new URL(publicBaseUrl(url, headers)).hostname

const broadcasts = async ({ payload, url, headers }: PublicRequest): Promise<PublicResponse> => {
  const unit = await authorisedUnit(payload, url)
  if (!unit) return notFound()
  // System reads, limited to the one unit the token opens.
  const system = asSystem(payload)
  const { docs: outlets } = await system.find({
    collection: slugs.outlets,
    where: { unit: { equals: unit.id } },
    depth: 0,
    pagination: false,
    select: { name: true },
  })
  const wanted = url.searchParams.get('outlet')
  const chosen = wanted === null ? outlets : outlets.filter((o) => String(o.id) === wanted)
  if (chosen.length === 0 && wanted !== null) return notFound()

  const since = historyStart().toISOString()
  const where: Where = {
    and: [
      { outlet: { in: chosen.map((o) => o.id) } },
      {
        or: [
          { start: { greater_than_equal: since } },
          {
            and: [
              { recurrence: { not_equals: 'none' } },
              {
                or: [
                  { repeatUntil: { exists: false } },
                  { repeatUntil: { greater_than_equal: since } },
                ],
              },
            ],
          },
        ],
      },
    ],
  }
  const items =
    chosen.length === 0
      ? []
      : (
          await system.find({
            collection: slugs.broadcastItems,
            where,
            depth: 0,
            limit: MAX_ITEMS,
            sort: '-start',
            select: {
              title: true,
              channel: true,
              outlet: true,
              start: true,
              durationMinutes: true,
              rrule: true,
              repeatUntil: true,
              updatedAt: true,
            },
          })
        ).docs
  const outletName = new Map(outlets.map((o) => [String(o.id), o.name]))
  const body = broadcastsCalendar(
    unit.name,
    hostOf(url, headers),
    items
      .map((item) => ({
        id: String(item.id),
        title: item.title,
        channel: item.channel,
        outletName: outletName.get(String(relationId(item.outlet))) ?? '',
        ...scheduleOf(item),
        durationMinutes: item.durationMinutes ?? 15,
        updatedAt: new Date(item.updatedAt),
      }))
      .sort((a, b) => a.start.getTime() - b.start.getTime()),
  )
  return calendarResponse(body, 'broadcasts.ics')
}

const deadlines = async ({ payload, url, headers }: PublicRequest): Promise<PublicResponse> => {
  const unit = await authorisedUnit(payload, url)
  if (!unit) return notFound()
  const facts = unitFactsOf(unit)
  // A system read of the deadlines that bind the one unit the token opens.
  const { docs: plans } = await asSystem(payload).find({
    collection: slugs.campaignPlans,
    depth: 0,
    pagination: false,
    select: planDeadlineSelect,
  })
  const since = historyStart()
  const owed = reportDeadlinesOf(facts, plans.map(planDeadlinesOf)).filter(
    (d) => d.deadline >= since,
  )
  return calendarResponse(deadlinesCalendar(unit.name, hostOf(url, headers), owed), 'deadlines.ics')
}

export const calendarRoutes: PublicRoute[] = [
  { path: '/feeds/broadcasts.ics', shared: false, handler: broadcasts },
  { path: '/feeds/deadlines.ics', shared: false, handler: deadlines },
]
