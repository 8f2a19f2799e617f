import { APIError, type Where } from 'payload'

import type { CampaignPlan, Unit } from '@/payload-types'
import { asSystem } from '@/platform/access/asUser'
import { relationId } from '@/platform/fields/relationId'
import { slugs } from '@/platform/slugs'
import { addDays as addDay, dayOf, localDay, startOfDay } from '@/platform/time'
import {
  airingsOf,
  itemsAiringBetween,
  scorecardFor,
  type BroadcastChannel,
} from '@/modules/campaigns'
import { unitsCarryingOn } from '@/modules/organisation'
import { addDays, dayRange } from '@/modules/delivery/domain/params'
import { translate } from '@/modules/delivery/i18n'

import { unitByCode, unitIdsByCode, unitsById } from './content'
import { invalidParameter, notFound, type PublicContext } from './operation'

/**
 * The organisation chart, the broadcast schedule and public plans for portals. The collections
 * behind them are staff-only, so the reads below are SYSTEM reads (`overrideAccess: true`) that
 * select and map only fields meant for the public; public plans are read as the anonymous visitor.
 */

/** Longest schedule window one request may ask for (a quarter and a day). */
const MAX_SCHEDULE_DAYS = 93
/** The schedule shows this many days from today when no window is given. */
const DEFAULT_SCHEDULE_DAYS = 30

// ---------- units ----------

type UnitRow = Pick<
  Unit,
  | 'id'
  | 'code'
  | 'name'
  | 'level'
  | 'type'
  | 'officialCode'
  | 'parent'
  | 'formerParents'
  | 'portalUrl'
  | 'validFrom'
  | 'validTo'
>

/**
 * The units operating on day `at` (default today, Vietnam time) with their public fields: all of
 * them, those directly under `parent`, or the one with `code`. A code (or parent) that no longer
 * operates that day answers with its successors, so a portal that still asks for a merged commune
 * gets the commune it became. SYSTEM read: the collection also holds contact emails and equipment,
 * which are not selected.
 */
export const listUnits = async (
  context: PublicContext,
  query: { parent?: string; code?: string; at?: string },
  now = new Date(),
) => {
  const day = query.at ?? localDay(now)
  const start = startOfDay(day).toISOString()
  const end = startOfDay(addDay(day, 1)).toISOString()
  // Stored days are 12:00 UTC of the day (older rows: local midnight); both fall inside the day's instants.
  const operating: Where[] = [
    { or: [{ validFrom: { exists: false } }, { validFrom: { less_than: end } }] },
    { or: [{ validTo: { exists: false } }, { validTo: { greater_than_equal: start } }] },
  ]
  /** The units that carry a code's work that day (itself if it operates), or an unknown-code refusal. */
  const carriers = async (code: string) => {
    const unit = await unitByCode(context, code)
    const ids = (await unitsCarryingOn(context.req, [unit.id], day)).get(String(unit.id)) ?? []
    return { unit, ids }
  }
  const where: Where[] = [...operating]
  let successorOf: string | null = null
  let parents: string[] | null = null
  if (query.code) {
    const { unit, ids } = await carriers(query.code)
    if (ids.length === 0) return []
    if (!ids.includes(String(unit.id))) successorOf = unit.code
    where.push({ id: { in: ids } })
  }
  if (query.parent) parents = (await carriers(query.parent)).ids
  const { docs } = await asSystem(context.req).find({
    collection: slugs.units,
    where: { and: where },
    select: {
      code: true,
      name: true,
      level: true,
      type: true,
      officialCode: true,
      parent: true,
      formerParents: true,
      portalUrl: true,
      validFrom: true,
      validTo: true,
    },
    sort: 'code',
    depth: 0,
    pagination: false,
  })
  const rows: UnitRow[] = docs
  // The parent a unit had that day (a unit moved since keeps its earlier parent for earlier days).
  const parentAt = (row: UnitRow): string | null => {
    const former = [...(row.formerParents ?? [])]
      .map((entry) => ({ parent: relationId(entry.parent), until: dayOf(entry.until) ?? '' }))
      .sort((a, b) => a.until.localeCompare(b.until))
      .find((entry) => entry.until >= day)
    const id = former ? former.parent : relationId(row.parent)
    return id === null ? null : String(id)
  }
  const chosen = parents ? rows.filter((row) => parents.includes(parentAt(row) ?? '')) : rows
  const codes = new Map(rows.map((row) => [String(row.id), row.code]))
  const missing = [
    ...new Set(chosen.map(parentAt).filter((id): id is string => id !== null && !codes.has(id))),
  ]
  for (const [id, unit] of await unitsById(context, missing)) codes.set(id, unit.code)
  return chosen.map((row) => {
    const parentId = parentAt(row)
    return {
      code: row.code,
      name: row.name,
      level: row.level,
      type: row.type ?? null,
      officialCode: row.officialCode?.trim() || null,
      parentCode: parentId === null ? null : (codes.get(parentId) ?? null),
      portalUrl: row.portalUrl?.trim() || null,
      validFrom: dayOf(row.validFrom),
      validTo: dayOf(row.validTo),
      successorOf,
    }
  })
}

// ---------- broadcast schedule ----------

export type ScheduleEntry = {
  itemId: string
  title: string
  channel: BroadcastChannel
  channelName: string
  outlet: { id: string; name: string }
  start: string
  end: string
}

/**
 * Airings between local days `from` and `to` (default: today and the next 30 days), of one outlet
 * and/or of the outlets of a unit and the units under it, earliest first. Regular segments are
 * expanded with the same recurrence rules as the scorecard. SYSTEM reads of outlets and items:
 * only title, channel, outlet name and times are mapped (no scripts, plans or confirmations).
 */
export const listSchedule = async (
  context: PublicContext,
  query: { unit?: string; subtree: boolean; outlet?: string; from?: string; to?: string },
  now = new Date(),
): Promise<ScheduleEntry[]> => {
  const from = query.from ?? localDay(now)
  const to = query.to ?? addDays(from, DEFAULT_SCHEDULE_DAYS)
  const window = dayRange(from, to, MAX_SCHEDULE_DAYS)
  if ('problem' in window) {
    throw window.problem === 'order'
      ? invalidParameter('public.api.range.order')
      : invalidParameter('public.api.range.tooLong', { days: MAX_SCHEDULE_DAYS })
  }
  const range = { start: window.range.start!, end: window.range.end! }

  const outletWhere: Where[] = [{ active: { not_equals: false } }]
  if (query.outlet) outletWhere.push({ id: { equals: query.outlet } })
  if (query.unit)
    outletWhere.push({ unit: { in: await unitIdsByCode(context, query.unit, query.subtree) } })
  const outlets = await asSystem(context.req).find({
    collection: slugs.outlets,
    where: { and: outletWhere },
    select: { name: true },
    depth: 0,
    pagination: false,
  })
  if (query.outlet && outlets.docs.length === 0 && !query.unit)
    throw invalidParameter('public.api.unknownOutlet', { value: query.outlet })
  if (outlets.docs.length === 0) return []
  const outletNames = new Map(outlets.docs.map((doc) => [String(doc.id), doc.name]))

  // One-off items inside the window, or regular ones still running when it starts (the reminders' query).
  const items = await itemsAiringBetween(
    context.payload,
    [...outletNames.keys()],
    range.start,
    range.end,
  )
  const entries: Array<ScheduleEntry & { at: number }> = []
  for (const item of items) {
    const outletId = String(relationId(item.outlet))
    for (const at of airingsOf(item, range)) {
      entries.push({
        at: at.getTime(),
        itemId: String(item.id),
        title: item.title,
        channel: item.channel,
        channelName: translate('vi', `channel.${item.channel}`),
        outlet: { id: outletId, name: outletNames.get(outletId) ?? '' },
        start: at.toISOString(),
        end: new Date(at.getTime() + (item.durationMinutes ?? 0) * 60_000).toISOString(),
      })
    }
  }
  return entries
    .sort((a, b) => a.at - b.at || a.itemId.localeCompare(b.itemId))
    .map(({ at: _at, ...entry }) => entry)
}

// ---------- plans ----------

type PlanRow = Pick<
  CampaignPlan,
  | 'id'
  | 'number'
  | 'title'
  | 'year'
  | 'issueDate'
  | 'issuingUnit'
  | 'periodStart'
  | 'periodEnd'
  | 'publicSummary'
  | 'reformAreas'
>

/** Plans marked public, newest year first, read as the anonymous visitor (the access rule keeps the rest out). */
export const listPublicPlans = async (context: PublicContext) => {
  const { docs } = await context.visitor.find({
    collection: slugs.campaignPlans,
    where: { isPublic: { equals: true } },
    select: {
      number: true,
      title: true,
      year: true,
      issueDate: true,
      issuingUnit: true,
      periodStart: true,
      periodEnd: true,
      publicSummary: true,
      reformAreas: true,
    },
    sort: ['-year', '-issueDate', '-id'],
    depth: 0,
    pagination: false,
  })
  const rows: PlanRow[] = docs
  const areaIds = [
    ...new Set(
      rows.flatMap((row) => (row.reformAreas ?? []).map((value) => String(relationId(value)))),
    ),
  ]
  const [units, areas] = await Promise.all([
    unitsById(context, [...new Set(rows.map((row) => String(relationId(row.issuingUnit))))]),
    areaIds.length === 0
      ? Promise.resolve(new Map<string, { slug: string; name: string }>())
      : context.visitor
          .find({
            collection: slugs.reformAreas,
            where: { id: { in: areaIds } },
            select: { slug: true, name: true },
            depth: 0,
            pagination: false,
          })
          .then(
            (result) =>
              new Map(
                result.docs.map((doc) => [
                  String(doc.id),
                  { slug: doc.slug ?? '', name: doc.name },
                ]),
              ),
          ),
  ])
  return rows.map((row) => ({
    id: String(row.id),
    number: row.number,
    title: row.title,
    year: row.year,
    issueDate: dayOf(row.issueDate),
    issuingUnit: units.get(String(relationId(row.issuingUnit))) ?? null,
    periodStart: dayOf(row.periodStart),
    periodEnd: dayOf(row.periodEnd),
    summary: row.publicSummary?.trim() || null,
    reformAreas: (row.reformAreas ?? []).flatMap(
      (value) => areas.get(String(relationId(value))) ?? [],
    ),
  }))
}

/**
 * A public plan's scorecard for a period: the indicators' shares and their history, never a unit's
 * row (the anonymous visitor's cut of the kept scorecard has no units, cells or timeliness).
 */
export const publicScorecard = async (
  context: PublicContext,
  planId: string,
  period: string | undefined,
) => {
  let card
  try {
    card = await scorecardFor(context.req, planId, period ?? null, null)
  } catch (error) {
    if (error instanceof APIError && error.status === 404)
      throw notFound('public.api.planNotFound', { id: planId })
    if (error instanceof APIError && error.status === 400)
      throw invalidParameter('public.api.param.format', { param: 'period' })
    throw error
  }
  return {
    plan: card.plan,
    period: card.period,
    indicators: card.indicators.map((indicator) => ({
      id: indicator.indicatorId,
      title: indicator.title,
      targetShare: indicator.targetShare,
      share: indicator.share,
      inScope: indicator.inScope,
      met: indicator.met,
      achieved: indicator.achieved,
      rating: indicator.rating,
    })),
    history: card.history.map((entry) => ({
      period: entry.period,
      label: entry.label,
      shares: entry.shares,
    })),
  }
}
