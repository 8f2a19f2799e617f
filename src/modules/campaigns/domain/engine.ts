import { TZDate } from '@date-fns/tz'

import { validThroughout } from '@/platform/lifespan'
import { daysOf, TIME_ZONE, type Day } from '@/platform/time'
import type { UnitLevel } from '@/modules/organisation'

import { inRange, type Range } from './periods'
import { DEFAULT_MISSED_AFTER_HOURS, isOverdue } from './recurrence'
import type { BroadcastChannel, FigureKey } from './vocabulary'

/**
 * The compliance engine: which units met the plan's target indicators in a period. Pure — every
 * input is plain data loaded beforehand — so the same function serves the scorecard, the JSON API,
 * exports, snapshots and the benchmark.
 */

export type Id = string
export type Ownership = 'radioStation' | 'portal' | 'oneStopDesk' | 'postOfficePoints'

export type UnitFacts = {
  id: Id
  name: string
  level: UnitLevel
  parentId: Id | null
  /** Ids from the root down to this unit's parent (as the tree stood in the period). */
  ancestorIds: Id[]
  /** The unit's first day (null: since before the records) and last day (null: still operating). */
  validFrom?: Day | null
  validTo?: Day | null
  hasRadioStation: boolean
  /** The day a radio station stopped (the unit no longer has one); before that day it did. */
  radioStationUntil?: Day | null
  /** Parents the unit had before its current one, each up to and including a day. */
  formerParents?: { parentId: Id | null; until: Day }[]
  /** The parent today (set by `asOrganisedIn`, which makes `parentId` the parent of the period). */
  currentParentId?: Id | null
  portalUrl?: string | null
  hasOneStopDesk: boolean
  postOfficeCulturePoints: number
}

export type Scope = { levels: UnitLevel[]; requires: Ownership[]; unitIds?: Id[] | null }

export type Rule =
  | { kind: 'broadcastCount'; channel: BroadcastChannel; min: number }
  | { kind: 'contentCount'; content: 'articles' | 'faqs'; min: number }
  | {
      kind: 'reportedFigure'
      figure: FigureKey
      comparator: 'gte' | 'lte' | 'eq'
      threshold: number
    }
  | { kind: 'outletQuota'; outletIds: Id[]; quotas: { channel: BroadcastChannel; min: number }[] }
  /** The PAR index's outreach criterion: the share (%) of the unit's plan tasks due by the period's end done by their due day. */
  | { kind: 'planCompletion'; minShare: number }
  /** The PAR index's outreach criterion: at least `min` distinct outreach channels in the unit's report. */
  | { kind: 'channelDiversity'; min: number }

export type Indicator = { id: Id; title: string; scope: Scope; rule: Rule; targetShare: number }

/**
 * Airings of one outlet and channel in one quarter, counted ahead of time (kept up to date with each
 * item and confirmation), so a scorecard need not read every item and confirmation row.
 */
export type BroadcastTally = {
  outletId: Id
  /** The unit owning the outlet. */
  unitId: Id
  channel: BroadcastChannel
  quarter: Range
  scheduled: number
  confirmed: number
  /** Airings the unit said did not go out. */
  missed: number
}

export type ContentItem = { kind: 'articles' | 'faqs'; unitId: Id; publishedAt: Date }

export type Report = {
  id: Id
  unitId: Id
  periodRange: Range
  status: 'draft' | 'submitted' | 'approved' | 'returned'
  /** When it was first submitted; a report reopened and sent again keeps its first date. */
  firstSubmittedAt?: Date | null
  figures: Partial<Record<FigureKey, number | boolean | null>>
  /** The outreach channels of the report's activities. */
  channelIds?: Id[]
}

/** A key task of the plan: who owns it (none: the plan's root unit), when it is due and when it was done. */
export type PlanTask = { ownerId: Id | null; due: Day | null; done: boolean; doneOn?: Day | null }

export type Plan = { rootUnitId: Id; excludedUnitIds: Id[] }

export type ComplianceInput = {
  plan: Plan
  period: Range
  now: Date
  units: UnitFacts[]
  indicators: Indicator[]
  /** Airings counted per outlet, channel and quarter (the broadcast tallies). */
  tallies: BroadcastTally[]
  content: ContentItem[]
  reports: Report[]
  /** The plan's key tasks (for the plan-completion rule). */
  tasks?: PlanTask[]
  /** Hours after an occurrence's end before an unconfirmed airing counts as missed. */
  missedAfterHours?: number
}

export type CellStatus = 'met' | 'notMet' | 'noData'

export type Evidence =
  | {
      kind: 'broadcasts'
      /** The channel counted (what a broadcast is called: a segment, an article, a post). */
      channel?: BroadcastChannel
      confirmed: number
      missed: number
      pending: number
      required: number
    }
  | { kind: 'content'; content?: 'articles' | 'faqs'; published: number; required: number }
  | {
      kind: 'figure'
      figure: FigureKey
      value: number | boolean | null
      threshold: number
      comparator: string
      reportId: Id | null
    }
  | {
      kind: 'quota'
      byChannel: { channel: BroadcastChannel; confirmed: number; required: number }[]
    }
  | { kind: 'tasks'; due: number; doneInTime: number; minShare: number }
  | { kind: 'channels'; used: number; required: number; reportId: Id | null }

export type Cell = {
  subjectId: Id
  indicatorId: Id
  status: CellStatus
  progress: number
  evidence: Evidence
}

export type IndicatorSummary = {
  indicatorId: Id
  title: string
  inScope: number
  met: number
  notMet: number
  noData: number
  /** Percentage of units in scope that met it (0–100), null when nobody is in scope. */
  share: number | null
  targetShare: number
  achieved: boolean
  rating: 'green' | 'amber' | 'red' | 'none'
}

export type Rollup = {
  unitId: Id
  indicatorId: Id
  inScope: number
  met: number
  share: number | null
}

export type ComplianceResult = {
  cells: Cell[]
  indicators: IndicatorSummary[]
  rollups: Rollup[]
  unitsInScope: Record<Id, Id[]>
}

/** Whether a unit owned something through a period whose last day is `last`. */
const owns = (unit: UnitFacts, what: Ownership, last: Day): boolean => {
  switch (what) {
    case 'radioStation': {
      // A station counts for a period only if it stood through all of it.
      return unit.hasRadioStation
        ? !unit.radioStationUntil || unit.radioStationUntil > last
        : Boolean(unit.radioStationUntil && unit.radioStationUntil > last)
    }
    case 'portal':
      return Boolean(unit.portalUrl)
    case 'oneStopDesk':
      return unit.hasOneStopDesk
    case 'postOfficePoints':
      return unit.postOfficeCulturePoints > 0
  }
}

/**
 * The days a unit must operate to count in a period: the whole of the period's last quarter (a
 * quarter is its own last quarter). One rule for both ends: a unit opened inside a quarter counts
 * from the next quarter on; a unit closed inside a quarter counts up to the last quarter it saw to
 * its end. A half-year, nine months or year counts the units that operated through its final
 * quarter, so a year in which communes merged on 1 July is judged on the merged communes.
 */
export const countingDays = (period: Range): { first: Day; last: Day } =>
  periodDays(period).counting

/** A period's days, worked out once per period (a scorecard asks for them for every unit). */
const dayCache = new Map<string, { last: Day; counting: { first: Day; last: Day } }>()
const periodDays = (period: Range) => {
  const key = `${period.start.getTime()}|${period.end.getTime()}`
  let days = dayCache.get(key)
  if (!days) {
    const { last } = daysOf(period)
    // The last quarter: the three months before the period's end (a calendar quarter, or a
    // reporting window's quarter such as 15/12 – 14/3).
    const end = new TZDate(period.end.getTime(), TIME_ZONE)
    const lastQuarter = new Date(
      new TZDate(end.getFullYear(), end.getMonth() - 3, end.getDate(), TIME_ZONE).getTime(),
    )
    const start = lastQuarter > period.start ? lastQuarter : period.start
    days = { last, counting: { first: daysOf({ start, end: period.end }).first, last } }
    if (dayCache.size > 1000) dayCache.clear()
    dayCache.set(key, days)
  }
  return days
}

/** Whether a unit operated long enough in a period to count in it (see `countingDays`). */
export const countsIn = (
  unit: Pick<UnitFacts, 'validFrom' | 'validTo'>,
  period: Range,
): boolean => {
  const { first, last } = periodDays(period).counting
  return validThroughout(unit, first, last)
}

/** Whether a unit takes part in the plan during a period: it counts in the period and lies in the plan's subtree. */
export const participates = (unit: UnitFacts, plan: Plan, period: Range): boolean => {
  if (!countsIn(unit, period)) return false
  if (
    plan.excludedUnitIds.includes(unit.id) ||
    unit.ancestorIds.some((id) => plan.excludedUnitIds.includes(id))
  )
    return false
  return unit.id === plan.rootUnitId || unit.ancestorIds.includes(plan.rootUnitId)
}

/** The units an indicator holds to account in a period (`taking` = those taking part, if already known). */
export const unitsInScope = (
  indicator: Indicator,
  units: UnitFacts[],
  plan: Plan,
  period: Range,
  taking?: UnitFacts[],
): UnitFacts[] => {
  const { last } = periodDays(period)
  return (taking ?? units.filter((unit) => participates(unit, plan, period))).filter((unit) => {
    if (indicator.scope.unitIds && indicator.scope.unitIds.length > 0)
      return indicator.scope.unitIds.includes(unit.id)
    if (indicator.scope.levels.length > 0 && !indicator.scope.levels.includes(unit.level))
      return false
    return indicator.scope.requires.every((what) => owns(unit, what, last))
  })
}

const compare = (value: number, comparator: 'gte' | 'lte' | 'eq', threshold: number): boolean =>
  comparator === 'gte'
    ? value >= threshold
    : comparator === 'lte'
      ? value <= threshold
      : value === threshold

const byUnit = (reports: Report[]): Map<Id, Report[]> => {
  const index = new Map<Id, Report[]>()
  for (const report of reports) {
    const list = index.get(report.unitId)
    if (list) list.push(report)
    else index.set(report.unitId, [report])
  }
  return index
}

/** The report that speaks for a unit in a period: submitted or approved, for the period or the latest inside it. */
const reportFor = (reports: Report[] | undefined, period: Range): Report | null => {
  const candidates = (reports ?? []).filter(
    (r) =>
      (r.status === 'submitted' || r.status === 'approved') &&
      r.periodRange.start >= period.start &&
      r.periodRange.end <= period.end,
  )
  if (candidates.length === 0) return null
  // The exact period first, else the one reaching furthest into it (figures are cumulative).
  return candidates.sort(
    (a, b) =>
      b.periodRange.end.getTime() - a.periodRange.end.getTime() ||
      a.periodRange.start.getTime() - b.periodRange.start.getTime(),
  )[0]!
}

export const rate = (share: number | null, target: number): IndicatorSummary['rating'] => {
  if (share === null) return 'none'
  if (share >= target) return 'green'
  return share >= target * 0.8 ? 'amber' : 'red'
}

export const computeCompliance = (input: ComplianceInput): ComplianceResult => {
  const { period, now } = input
  const missedAfterHours = input.missedAfterHours ?? DEFAULT_MISSED_AFTER_HOURS

  // Airings in the period by unit and channel (confirmed, missed, still pending), and confirmed ones by outlet.
  type Tally = { confirmed: number; missed: number; pending: number }
  const byUnitChannel = new Map<string, Tally>()
  const byOutletChannel = new Map<string, number>()
  for (const counted of input.tallies) {
    if (counted.quarter.start < period.start || counted.quarter.end > period.end) continue
    const key = `${counted.unitId}|${counted.channel}`
    let t = byUnitChannel.get(key)
    if (!t) byUnitChannel.set(key, (t = { confirmed: 0, missed: 0, pending: 0 }))
    const open = counted.scheduled - counted.confirmed - counted.missed
    // A tally keeps counts, not times: its unconfirmed airings are missed once the quarter's last
    // could be (the airing rule applied to the quarter's end), pending until then.
    const over = isOverdue(counted.quarter.end, 0, missedAfterHours, now)
    t.confirmed += counted.confirmed
    t.missed += counted.missed + (over ? open : 0)
    t.pending += over ? 0 : open
    if (counted.confirmed > 0)
      byOutletChannel.set(
        `${counted.outletId}|${counted.channel}`,
        (byOutletChannel.get(`${counted.outletId}|${counted.channel}`) ?? 0) + counted.confirmed,
      )
  }

  const contentCount = new Map<string, number>()
  for (const c of input.content) {
    if (!inRange(c.publishedAt, period)) continue
    const key = `${c.unitId}|${c.kind}`
    contentCount.set(key, (contentCount.get(key) ?? 0) + 1)
  }

  const reportsByUnit = byUnit(input.reports)
  const taking = input.units.filter((unit) => participates(unit, input.plan, period))
  const cells: Cell[] = []
  const summaries: IndicatorSummary[] = []
  const scopes: Record<Id, Id[]> = {}

  for (const indicator of input.indicators) {
    const rule = indicator.rule
    const subjects: Cell[] = []
    if (rule.kind === 'outletQuota') {
      // A contract with outlets: one subject, the contract itself, met when every channel's quota is.
      const byChannel = rule.quotas.map(({ channel, min }) => ({
        channel,
        required: min,
        confirmed: rule.outletIds.reduce(
          (sum, id) => sum + (byOutletChannel.get(`${id}|${channel}`) ?? 0),
          0,
        ),
      }))
      const progress =
        byChannel.length === 0
          ? 1
          : Math.min(
              ...byChannel.map((c) =>
                c.required === 0 ? 1 : Math.min(c.confirmed / c.required, 1),
              ),
            )
      subjects.push({
        subjectId: `contract:${indicator.id}`,
        indicatorId: indicator.id,
        status: byChannel.every((c) => c.confirmed >= c.required) ? 'met' : 'notMet',
        progress,
        evidence: { kind: 'quota', byChannel },
      })
      scopes[indicator.id] = [`contract:${indicator.id}`]
    } else {
      const inScope = unitsInScope(indicator, input.units, input.plan, period, taking)
      scopes[indicator.id] = inScope.map((u) => u.id)
      for (const unit of inScope) {
        if (rule.kind === 'broadcastCount') {
          const t = byUnitChannel.get(`${unit.id}|${rule.channel}`)
          const confirmed = t?.confirmed ?? 0
          subjects.push({
            subjectId: unit.id,
            indicatorId: indicator.id,
            status: confirmed >= rule.min ? 'met' : 'notMet',
            progress: rule.min === 0 ? 1 : Math.min(confirmed / rule.min, 1),
            evidence: {
              kind: 'broadcasts',
              channel: rule.channel,
              confirmed,
              missed: t?.missed ?? 0,
              pending: t?.pending ?? 0,
              required: rule.min,
            },
          })
        } else if (rule.kind === 'contentCount') {
          const published = contentCount.get(`${unit.id}|${rule.content}`) ?? 0
          subjects.push({
            subjectId: unit.id,
            indicatorId: indicator.id,
            status: published >= rule.min ? 'met' : 'notMet',
            progress: rule.min === 0 ? 1 : Math.min(published / rule.min, 1),
            evidence: { kind: 'content', content: rule.content, published, required: rule.min },
          })
        } else if (rule.kind === 'planCompletion') {
          subjects.push(
            planCompletionCell(indicator.id, unit.id, rule.minShare, input.tasks ?? [], {
              isRoot: unit.id === input.plan.rootUnitId,
              lastDay: periodDays(period).last,
            }),
          )
        } else if (rule.kind === 'channelDiversity') {
          const report = reportFor(reportsByUnit.get(unit.id), period)
          const used = new Set(report?.channelIds ?? []).size
          subjects.push({
            subjectId: unit.id,
            indicatorId: indicator.id,
            status: report === null ? 'noData' : used >= rule.min ? 'met' : 'notMet',
            progress: rule.min === 0 ? 1 : Math.min(used / rule.min, 1),
            evidence: { kind: 'channels', used, required: rule.min, reportId: report?.id ?? null },
          })
        } else {
          const report = reportFor(reportsByUnit.get(unit.id), period)
          const raw = report?.figures[rule.figure]
          const value = raw === undefined ? null : raw
          const numeric = typeof value === 'boolean' ? (value ? 1 : 0) : value
          const status: CellStatus =
            numeric === null
              ? 'noData'
              : compare(numeric, rule.comparator, rule.threshold)
                ? 'met'
                : 'notMet'
          subjects.push({
            subjectId: unit.id,
            indicatorId: indicator.id,
            status,
            progress:
              status === 'met'
                ? 1
                : numeric === null || rule.threshold === 0
                  ? 0
                  : Math.max(0, Math.min(numeric / rule.threshold, 1)),
            evidence: {
              kind: 'figure',
              figure: rule.figure,
              value,
              threshold: rule.threshold,
              comparator: rule.comparator,
              reportId: report?.id ?? null,
            },
          })
        }
      }
    }
    cells.push(...subjects)
    const met = subjects.filter((c) => c.status === 'met').length
    const noData = subjects.filter((c) => c.status === 'noData').length
    const share = subjects.length === 0 ? null : Math.round((met / subjects.length) * 1000) / 10
    summaries.push({
      indicatorId: indicator.id,
      title: indicator.title,
      inScope: subjects.length,
      met,
      notMet: subjects.length - met - noData,
      noData,
      share,
      targetShare: indicator.targetShare,
      achieved: share !== null && share >= indicator.targetShare,
      rating: rate(share, indicator.targetShare),
    })
  }

  return { cells, indicators: summaries, rollups: rollUp(cells, input.units), unitsInScope: scopes }
}

/**
 * Plan completion for one unit: of the plan's tasks it owns (the root unit also owns the tasks with
 * no owner) that fell due by the period's last day, the share done by their due day. A task marked
 * done with no day recorded counts as done in time; a unit with no task due has no data.
 */
export const planCompletionCell = (
  indicatorId: Id,
  unitId: Id,
  minShare: number,
  tasks: PlanTask[],
  at: { isRoot: boolean; lastDay: Day },
): Cell => {
  const due = tasks.filter(
    (task) =>
      (task.ownerId === unitId || (task.ownerId === null && at.isRoot)) &&
      task.due !== null &&
      task.due <= at.lastDay,
  )
  const doneInTime = due.filter(
    (task) => task.done && (!task.doneOn || task.doneOn <= task.due!),
  ).length
  const share = due.length === 0 ? null : (doneInTime / due.length) * 100
  return {
    subjectId: unitId,
    indicatorId,
    status: share === null ? 'noData' : share >= minShare ? 'met' : 'notMet',
    progress: share === null ? 0 : minShare === 0 ? 1 : Math.min(share / minShare, 1),
    evidence: { kind: 'tasks', due: due.length, doneInTime, minShare },
  }
}

/** Each unit's figure for its whole subtree: how many units under it (itself included) met each indicator. */
export const rollUp = (cells: Cell[], units: UnitFacts[]): Rollup[] => {
  const ancestorsOf = new Map(units.map((u) => [u.id, u.ancestorIds]))
  // One map of units per indicator: cheaper than a composite string key per cell and ancestor.
  const byIndicator = new Map<Id, Map<Id, { inScope: number; met: number }>>()
  const add = (totals: Map<Id, { inScope: number; met: number }>, unitId: Id, met: boolean) => {
    let total = totals.get(unitId)
    if (!total) totals.set(unitId, (total = { inScope: 0, met: 0 }))
    total.inScope++
    if (met) total.met++
  }
  for (const cell of cells) {
    const lineage = ancestorsOf.get(cell.subjectId)
    if (!lineage) continue
    let totals = byIndicator.get(cell.indicatorId)
    if (!totals) byIndicator.set(cell.indicatorId, (totals = new Map()))
    const met = cell.status === 'met'
    for (const unitId of lineage) add(totals, unitId, met)
    add(totals, cell.subjectId, met)
  }
  const rollups: Rollup[] = []
  for (const [indicatorId, totals] of byIndicator) {
    for (const [unitId, t] of totals)
      rollups.push({
        unitId,
        indicatorId,
        inScope: t.inScope,
        met: t.met,
        share: t.inScope === 0 ? null : Math.round((t.met / t.inScope) * 1000) / 10,
      })
  }
  return rollups
}

export type Timeliness = 'onTime' | 'late' | 'missing' | 'notDue'

/**
 * Whether each expected unit reported a period, and in time. A report counts from its first
 * submission, so reopening and resubmitting it later does not make an on-time report late.
 */
export const reportingTimeliness = (
  expectedUnitIds: Id[],
  reports: Report[],
  period: Range,
  deadline: Date | null,
  now: Date,
): Record<Id, Timeliness> => {
  const result: Record<Id, Timeliness> = {}
  const index = byUnit(reports)
  for (const unitId of expectedUnitIds) {
    const report = index
      .get(unitId)
      ?.find(
        (r) =>
          r.periodRange.start.getTime() === period.start.getTime() &&
          r.periodRange.end.getTime() === period.end.getTime(),
      )
    const sent = report?.firstSubmittedAt ?? null
    if (sent) result[unitId] = deadline && sent > deadline ? 'late' : 'onTime'
    else result[unitId] = deadline && now > deadline ? 'missing' : 'notDue'
  }
  return result
}

/**
 * The units as the tree stood in a period: each unit's parent and ancestors on the period's last
 * day (or on the unit's own last day, if it closed before), from the parents it had before its
 * moves (`formerParents`). A province merger moves communes under the new province; periods
 * before it still see them under the old one.
 */
export const asOrganisedIn = (units: UnitFacts[], period: Range): UnitFacts[] => {
  if (!units.some((u) => u.formerParents && u.formerParents.length > 0)) return units
  const { last } = periodDays(period)
  const byId = new Map(units.map((u) => [u.id, u]))
  const parentOnDay = (unit: UnitFacts, day: Day): Id | null => {
    const former = [...(unit.formerParents ?? [])]
      .sort((a, b) => a.until.localeCompare(b.until))
      .find((entry) => entry.until >= day)
    return former ? former.parentId : (unit.currentParentId ?? unit.parentId)
  }
  return units.map((unit) => {
    const day = unit.validTo && unit.validTo < last ? unit.validTo : last
    const parentId = parentOnDay(unit, day)
    const ancestorIds: Id[] = []
    for (
      let p = parentId, n = 0;
      p !== null && n < 20 && !ancestorIds.includes(p);
      p = byId.has(p) ? parentOnDay(byId.get(p)!, day) : null, n++
    )
      ancestorIds.unshift(p)
    return {
      ...unit,
      parentId,
      ancestorIds,
      currentParentId: unit.currentParentId ?? unit.parentId,
    }
  })
}
