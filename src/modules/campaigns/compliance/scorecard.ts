import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import type {
  Article,
  BroadcastTally,
  CampaignPlan,
  Faq,
  TargetIndicator,
  Unit,
  UnitReport,
} from '@/payload-types'
import { asSystem, asUser } from '@/platform/access/asUser'
import { relationId } from '@/platform/fields/relationId'
import { languageOf } from '@/platform/i18n/catalog'
import { isAdminUser, isStaffUser } from '@/platform/roles'
import { slugs } from '@/platform/slugs'
import { dayOf, localDay } from '@/platform/time'
import { lineageIndex, loadLineage, subtreeUnitIds, successorsOn } from '@/modules/organisation'
import { missedAfterHours } from '@/modules/campaigns/config'
import { owesReport } from '@/modules/campaigns/domain/deadlines'
import {
  asOrganisedIn,
  computeCompliance,
  countsIn,
  reportingTimeliness,
  type ComplianceInput,
  type ComplianceResult,
  type Indicator,
  type Report,
  type Timeliness,
  type UnitFacts,
} from '@/modules/campaigns/domain/engine'
import { mapToToday, type Mapping } from '@/modules/campaigns/domain/mapping'
import { summaryOver } from '@/modules/campaigns/domain/scorecardReading'
import { isBroadcastChannel } from '@/modules/campaigns/domain/vocabulary'
import {
  formatPeriod,
  lastFinishedQuarter,
  parsePeriod,
  periodKeys,
  periodLabel,
  periodRange,
  quartersOf,
  type Period,
} from '@/modules/campaigns/domain/periods'
import {
  periodWindow,
  provinceDeadline,
  quarterWindows,
  reportDeadline,
  type PeriodSettings,
} from '@/modules/campaigns/domain/reportingWindows'
import { refused } from '@/modules/campaigns/i18n'

import { planPeriodSettings, windowCaption } from './periodWindows'
import { countTalliesOver } from './tallies'

const id = (value: unknown): string => String(relationId(value))
const date = (value: string | null | undefined): Date | null => (value ? new Date(value) : null)

/**
 * Loads everything one plan's scorecard needs for a period. The loads are system reads: a share is
 * only right if every unit in scope is counted, whoever asks; what the caller may see is cut after.
 */
export const loadComplianceInput = async (
  req: PayloadRequest,
  plan: CampaignPlan,
  period: Period,
  now = new Date(),
): Promise<ComplianceInput> => {
  // The plan's own periods: calendar periods, or the reporting windows it chose.
  const settings = planPeriodSettings(plan)
  const range = periodWindow(period, settings)
  // Straight to the database adapter (the same call on SQLite and MongoDB): these are system reads
  // of many small rows, and document hooks (which none of these fields need) would cost most of the
  // time. The adapter returns untyped rows; each read names the fields of the generated type it selects.
  const rows = async <T>(
    collection: CollectionSlug,
    where: Where | undefined,
    select: Record<string, unknown>,
    sort?: string,
  ): Promise<T[]> =>
    // The adapter's select and rows are untyped (`T` names the selected fields of the generated type).
    (
      await req.payload.db.find({
        collection,
        where: where ?? {},
        select: select as never,
        sort,
        limit: 0,
        pagination: false,
        req,
      })
    ).docs as unknown as T[]
  const inPeriod = (field: string): Where => ({
    and: [
      { [field]: { greater_than_equal: range.start.toISOString() } },
      { [field]: { less_than: range.end.toISOString() } },
    ],
  })
  const quarters = quartersOf(period).map(formatPeriod)
  // On the reporting windows the stored (calendar-quarter) tallies do not fit: the window quarters
  // inside the period are counted from the airings themselves.
  const windowQuarters =
    settings.basis === 'calendar'
      ? []
      : [period.year, period.year + 1]
          .flatMap((year) => quarterWindows(year, settings))
          .map((q) => q.range)
          .filter((r) => r.start >= range.start && r.end <= range.end)
  const { docs: indicatorDocs } = await asSystem(req).find({
    collection: slugs.targetIndicators,
    pagination: false,
    depth: 0,
    where: { plan: { equals: plan.id } },
    sort: 'order',
  })
  // Only the reports that can speak for this period (those of periods inside it), and only the
  // figures the indicators ask about.
  const reportPeriods = periodKeys.filter((key) => {
    const inner = periodWindow({ year: period.year, key }, settings)
    return inner.start >= range.start && inner.end <= range.end
  })
  const figuresUsed = Object.fromEntries(
    indicatorDocs.flatMap((d) =>
      d.ruleKind === 'reportedFigure' && d.figure ? [[d.figure, true]] : [],
    ),
  )
  type UnitRow = Pick<
    Unit,
    | 'id'
    | 'name'
    | 'level'
    | 'parent'
    | 'validFrom'
    | 'validTo'
    | 'formerParents'
    | 'hasRadioStation'
    | 'radioStationUntil'
    | 'portalUrl'
    | 'hasOneStopDesk'
    | 'postOfficeCulturePoints'
  >
  type TallyRow = Pick<
    BroadcastTally,
    'outlet' | 'unit' | 'channel' | 'quarter' | 'scheduled' | 'confirmed' | 'missed'
  >
  type ContentRow = Pick<Article | Faq, 'unit' | 'publishedAt'>
  type ReportRow = Pick<
    UnitReport,
    'id' | 'unit' | 'year' | 'period' | 'status' | 'firstSubmittedAt' | 'figures' | 'activities'
  >
  const [units, storedTallies, windowTallies, articles, faqs, reports] = await Promise.all([
    // No breadcrumb rows: the lineage is rebuilt from parent links, which is far cheaper to read.
    rows<UnitRow>(slugs.units, undefined, {
      name: true,
      level: true,
      parent: true,
      validFrom: true,
      validTo: true,
      formerParents: true,
      hasRadioStation: true,
      radioStationUntil: true,
      portalUrl: true,
      hasOneStopDesk: true,
      postOfficeCulturePoints: true,
    }),
    settings.basis !== 'calendar'
      ? Promise.resolve([] as TallyRow[])
      : rows<TallyRow>(
          slugs.broadcastTallies,
          { quarter: { in: quarters } },
          {
            outlet: true,
            unit: true,
            channel: true,
            quarter: true,
            scheduled: true,
            confirmed: true,
            missed: true,
          },
        ),
    countTalliesOver(req, windowQuarters),
    rows<ContentRow>(
      slugs.articles,
      { and: [{ _status: { equals: 'published' } }, inPeriod('publishedAt')] },
      { unit: true, publishedAt: true },
    ),
    rows<ContentRow>(
      slugs.faqs,
      { and: [{ _status: { equals: 'published' } }, inPeriod('publishedAt')] },
      { unit: true, publishedAt: true },
    ),
    rows<ReportRow>(
      slugs.unitReports,
      {
        and: [
          { plan: { equals: plan.id } },
          { year: { equals: period.year } },
          { period: { in: reportPeriods } },
        ],
      },
      {
        unit: true,
        year: true,
        period: true,
        status: true,
        firstSubmittedAt: true,
        ...(Object.keys(figuresUsed).length > 0 ? { figures: figuresUsed } : {}),
        // The channels of the activities, for channel diversity (only when an indicator asks).
        ...(indicatorDocs.some((d) => d.ruleKind === 'channelDiversity')
          ? { activities: { channel: true } }
          : {}),
      },
    ),
  ])
  const parentOf = new Map(units.map((u) => [String(u.id), u.parent ? id(u.parent) : null]))
  const lineage = (unitId: string): string[] => {
    const chain: string[] = []
    for (
      let p = parentOf.get(unitId) ?? null;
      p !== null && chain.length < 20;
      p = parentOf.get(p) ?? null
    )
      chain.unshift(p)
    return chain
  }

  return {
    plan: {
      rootUnitId: id(plan.participatingRoot),
      excludedUnitIds: (plan.excludedUnits ?? []).map(id),
    },
    period: range,
    now,
    missedAfterHours: missedAfterHours(),
    // The tree as it stood in the period (a unit moved since keeps its parent of then).
    units: asOrganisedIn(
      units.map((u): UnitFacts => ({
        id: String(u.id),
        name: u.name,
        level: u.level,
        parentId: u.parent ? id(u.parent) : null,
        ancestorIds: lineage(String(u.id)),
        validFrom: dayOf(u.validFrom),
        validTo: dayOf(u.validTo),
        formerParents: (u.formerParents ?? []).map((entry) => ({
          parentId: entry.parent ? id(entry.parent) : null,
          until: dayOf(entry.until) ?? '',
        })),
        hasRadioStation: Boolean(u.hasRadioStation),
        radioStationUntil: dayOf(u.radioStationUntil),
        portalUrl: u.portalUrl,
        hasOneStopDesk: Boolean(u.hasOneStopDesk),
        postOfficeCulturePoints: u.postOfficeCulturePoints ?? 0,
      })),
      range,
    ),
    indicators: indicatorDocs.map((d: TargetIndicator): Indicator => {
      const scope = {
        levels: d.scopeLevels ?? [],
        requires: d.scopeRequires ?? [],
        unitIds: (d.scopeUnits ?? []).map(id),
      }
      const base = { id: String(d.id), title: d.title, scope, targetShare: d.targetShare ?? 100 }
      switch (d.ruleKind) {
        case 'broadcastCount':
          return {
            ...base,
            rule: { kind: 'broadcastCount', channel: d.channel ?? 'radio', min: d.minCount ?? 0 },
          }
        case 'contentCount':
          return {
            ...base,
            rule: {
              kind: 'contentCount',
              content: d.contentKind ?? 'articles',
              min: d.minCount ?? 0,
            },
          }
        case 'planCompletion':
          return { ...base, rule: { kind: 'planCompletion', minShare: d.threshold ?? 100 } }
        case 'channelDiversity':
          return { ...base, rule: { kind: 'channelDiversity', min: d.minCount ?? 0 } }
        case 'outletQuota':
          return {
            ...base,
            rule: {
              kind: 'outletQuota',
              outletIds: (d.outlets ?? []).map(id),
              quotas: (d.quotas ?? []).map((q) => ({ channel: q.channel, min: q.min })),
            },
          }
        default:
          return {
            ...base,
            rule: {
              kind: 'reportedFigure',
              figure: d.figure ?? 'proceduresPublished',
              comparator: d.comparator ?? 'gte',
              threshold: d.threshold ?? 0,
            },
          }
      }
    }),
    // A tally's channel is stored as text; only the channels indicators know are counted.
    tallies: [
      ...storedTallies
        .flatMap((t) => (isBroadcastChannel(t.channel) ? [{ ...t, channel: t.channel }] : []))
        .map((t) => ({
          outletId: id(t.outlet),
          unitId: id(t.unit),
          channel: t.channel,
          // A stored tally is a calendar quarter's (its storage bucket), on the calendar basis only.
          quarter: periodRange(parsePeriod(t.quarter)!),
          scheduled: t.scheduled ?? 0,
          confirmed: t.confirmed ?? 0,
          missed: t.missed ?? 0,
        })),
      ...windowTallies.flatMap((t) =>
        isBroadcastChannel(t.channel)
          ? [
              {
                outletId: t.outletId,
                unitId: t.unitId,
                channel: t.channel,
                quarter: t.range,
                scheduled: t.scheduled,
                confirmed: t.confirmed,
                missed: t.missed,
              },
            ]
          : [],
      ),
    ],
    content: [
      ...articles.map((a) => ({
        kind: 'articles' as const,
        unitId: id(a.unit),
        publishedAt: new Date(a.publishedAt ?? 0),
      })),
      ...faqs.map((f) => ({
        kind: 'faqs' as const,
        unitId: id(f.unit),
        publishedAt: new Date(f.publishedAt ?? 0),
      })),
    ],
    reports: reports.map((r): Report => ({
      id: String(r.id),
      unitId: id(r.unit),
      periodRange: periodWindow({ year: r.year ?? period.year, key: r.period }, settings),
      status: r.status,
      firstSubmittedAt: date(r.firstSubmittedAt),
      figures: r.figures ?? {},
      channelIds: (r.activities ?? []).flatMap((a) => (a.channel ? [id(a.channel)] : [])),
    })),
    tasks: (plan.keyTasks ?? []).map((task) => ({
      ownerId: task.owner ? id(task.owner) : null,
      due: dayOf(task.due),
      done: task.status === 'done',
      doneOn: dayOf(task.doneOn),
    })),
  }
}

/** How the rows of a scorecard are grouped: the units of the period, or today's units. */
export type ScorecardView = 'then' | 'today'

export type Scorecard = {
  plan: { id: string; number: string; title: string; year: number }
  period: {
    key: string
    label: string
    /** Which window the figures cover: "Kỳ báo cáo quý I/2026: 15/12/2025 – 14/03/2026". */
    window: string
    basis: PeriodSettings['basis']
    start: string
    end: string
  }
  /** "then": as organised in the period (the default); "today": mapped to today's units. */
  view: ScorecardView
  indicators: ComplianceResult['indicators']
  units: {
    id: string
    name: string
    level: UnitFacts['level']
    parentId: string | null
    depth: number
  }[]
  cells: ComplianceResult['cells']
  rollups: ComplianceResult['rollups']
  /**
   * The units' deadline, the end of its grace days (a report first sent after it is late), the
   * province's own deadline (reporting windows), and each expected unit's standing.
   */
  timeliness: {
    deadline: string | null
    closesAt: string | null
    provinceDeadline: string | null
    byUnit: Record<string, Timeliness>
  }
  history: { period: string; label: string; shares: Record<string, number | null> }[]
  /**
   * The unit being viewed (null: the whole plan, under its participating root) and the path to it
   * from the root; `indicators` are counted over that unit and the units under it.
   */
  focus: ScorecardFocus
  /**
   * With view "today": one row per unit of today, aggregating the results of the units of the period
   * whose work it carries on (`from`, with their names), and the units of then whose line ended.
   */
  mapped: {
    rows: (Mapping['rows'][number] & {
      name: string
      depth: number
      from: string[]
      fromNames: string[]
    })[]
    unmapped: { id: string; name: string }[]
  } | null
}

export type ScorecardFocus = {
  unitId: string | null
  name: string
  /** From the plan's root down to the unit viewed; `reachable`: within the caller's subtree. */
  path: { id: string; name: string; reachable: boolean }[]
}

/**
 * Narrows a card's summary to the unit being viewed (its subtree, `visible`), and names the path to
 * it. `units` are every unit the card knows of (for the names and parents above the caller's reach).
 */
export const focusOn = (
  card: Pick<Scorecard, 'indicators' | 'cells' | 'focus'>,
  units: { id: string; name: string; parentId: string | null }[],
  unitFilter: string | null,
  visible: ReadonlySet<string>,
  reachable: ReadonlySet<string>,
): Pick<Scorecard, 'indicators' | 'focus'> => {
  if (!unitFilter) return { indicators: card.indicators, focus: card.focus }
  const byId = new Map(units.map((u) => [u.id, u]))
  const rootId = card.focus.path[0]?.id ?? null
  const path: ScorecardFocus['path'] = []
  for (
    let unit = byId.get(unitFilter);
    unit && path.length < 20;
    unit = unit.parentId ? byId.get(unit.parentId) : undefined
  ) {
    path.unshift({ id: unit.id, name: unit.name, reachable: reachable.has(unit.id) })
    if (unit.id === rootId) break
  }
  return {
    indicators: summaryOver(card.indicators, card.cells, visible),
    focus: { unitId: unitFilter, name: byId.get(unitFilter)?.name ?? unitFilter, path },
  }
}

/**
 * The scorecard of a plan for a period, as the caller may see it: staff see the units of their
 * subtree (or of `unitFilter` within it) and the history it carries on; the public sees a public
 * plan's indicator shares only. Rows are the units as organised in the period (they counted if
 * they operated through its last quarter); `view: 'today'` regroups them under today's units.
 */
export const buildScorecard = async (
  req: PayloadRequest,
  planId: string,
  periodText: string | null,
  unitFilter: string | null,
  options: { view?: string | null; now?: Date } = {},
): Promise<Scorecard> => {
  const language = languageOf(req.i18n?.language)
  const now = options.now ?? new Date()
  if (options.view && options.view !== 'then' && options.view !== 'today')
    throw refused(req, 'scorecard.badView', { view: options.view })
  const view: ScorecardView = options.view === 'today' ? 'today' : 'then'
  const plan = await asUser(req).findByID({
    collection: slugs.campaignPlans,
    id: planId,
    depth: 0,
    disableErrors: true,
  })
  if (!plan) throw refused(req, 'scorecard.notFound', undefined, 404)
  const period = periodText ? parsePeriod(periodText) : lastFinishedQuarter(now)
  if (!period) throw refused(req, 'scorecard.badPeriod', { period: periodText ?? '' })

  // One load for the whole year serves the period on screen and every quarter of the history chart:
  // the engine counts only what falls in the period it is given, over the tree as it stood then.
  const yearInput = await loadComplianceInput(req, plan, { year: period.year, key: 'Y' }, now)
  const settings = planPeriodSettings(plan)
  const range = periodWindow(period, settings)
  const input = { ...yearInput, units: asOrganisedIn(yearInput.units, range), period: range }
  const result = computeCompliance(input)

  const staff = isStaffUser(req.user)
  let visible = new Set<string>()
  let reachable = new Set<string>()
  if (staff) {
    const mine = new Set((await subtreeUnitIds(req)).map(String))
    const admin = isAdminUser(req.user)
    visible = new Set(input.units.filter((u) => admin || mine.has(u.id)).map((u) => u.id))
    reachable = visible
    if (unitFilter) {
      if (!visible.has(unitFilter))
        throw refused(req, 'scorecard.badUnit', { unit: unitFilter }, 404)
      visible = new Set(
        input.units
          .filter((u) => u.id === unitFilter || u.ancestorIds.includes(unitFilter))
          .map((u) => u.id),
      )
    }
  }

  const due = reportDeadline(period, settings, plan.reportDeadlines)
  // The same units the deadline reminders chase: taking part (operating through the period's last
  // quarter, not excluded) at a reporting level.
  const owing = { ...input.plan, reportingLevels: plan.reportingLevels, periods: settings }
  const expected = input.units.filter((u) => visible.has(u.id) && owesReport(u, owing, period))
  const byUnit = staff
    ? reportingTimeliness(
        expected.map((u) => u.id),
        input.reports,
        input.period,
        // A report sent within the grace days is on time.
        due?.closesAt ?? null,
        now,
      )
    : {}

  const history = []
  for (const { period: quarter, range: quarterRange } of quarterWindows(period.year, settings)) {
    // Finished quarters, and the one on screen: an unfinished quarter would draw a misleading dip.
    if (quarterRange.end > now && formatPeriod(quarter) !== formatPeriod(period)) break
    const past =
      formatPeriod(quarter) === formatPeriod(period)
        ? result
        : computeCompliance({
            ...yearInput,
            units: asOrganisedIn(yearInput.units, quarterRange),
            period: quarterRange,
          })
    history.push({
      period: formatPeriod(quarter),
      label: periodLabel(quarter, language),
      shares: Object.fromEntries(past.indicators.map((s) => [s.indicatorId, s.share])),
    })
  }

  const subjectVisible = (subjectId: string) =>
    subjectId.startsWith('contract:') || visible.has(subjectId)
  const depthOf = (u: UnitFacts) => u.ancestorIds.length
  // The rows of then: units of the plan's tree that counted in the period, and the units above
  // them, in tree order (each unit right under its parent, siblings by name).
  const unitById = new Map(input.units.map((u) => [u.id, u]))
  const root = input.plan.rootUnitId
  const shown = new Set<string>()
  for (const unit of input.units)
    if (
      visible.has(unit.id) &&
      countsIn(unit, input.period) &&
      (unit.id === root || unit.ancestorIds.includes(root))
    ) {
      shown.add(unit.id)
      for (const ancestor of unit.ancestorIds) if (visible.has(ancestor)) shown.add(ancestor)
    }
  const nameOf = new Map(input.units.map((u) => [u.id, u.name]))
  const pathOf = (u: UnitFacts) =>
    [...u.ancestorIds.map((a) => nameOf.get(a) ?? ''), u.name].join('\u0000')
  const ordered = input.units
    .filter((u) => shown.has(u.id))
    .sort((a, b) => pathOf(a).localeCompare(pathOf(b), 'vi'))
  const cells = staff ? result.cells.filter((c) => subjectVisible(c.subjectId)) : []

  let mapped: Scorecard['mapped'] = null
  if (staff && view === 'today') {
    // Today's units and the lineage since: whose work each row of then carries on now.
    const today = localDay(now)
    const index = lineageIndex(await loadLineage(req))
    const todayUnits = asOrganisedIn(yearInput.units, {
      start: now,
      end: new Date(now.getTime() + 1),
    })
    const lifespan = (unitId: string) => unitById.get(unitId)
    const mapping = mapToToday(cells, byUnit, (unitId) =>
      successorsOn(unitId, today, index, lifespan),
    )
    const todayById = new Map(todayUnits.map((u) => [u.id, u]))
    const todayPath = (u: UnitFacts) =>
      [...u.ancestorIds.map((a) => todayById.get(a)?.name ?? ''), u.name].join('\u0000')
    mapped = {
      rows: mapping.rows
        .flatMap((row) => {
          const unit = todayById.get(row.unitId)
          return unit
            ? [
                {
                  ...row,
                  name: unit.name,
                  depth: unit.ancestorIds.length,
                  from: row.from.map(String),
                  fromNames: row.from.map((id) => nameOf.get(id) ?? id),
                  path: todayPath(unit),
                },
              ]
            : []
        })
        .sort((a, b) => a.path.localeCompare(b.path, 'vi'))
        .map(({ path: _path, ...row }) => row),
      unmapped: mapping.unmapped.map((id) => ({ id, name: nameOf.get(id) ?? id })),
    }
  }

  const rootId = input.plan.rootUnitId
  const wholePlan: ScorecardFocus = {
    unitId: null,
    name: nameOf.get(rootId) ?? '',
    path: [{ id: rootId, name: nameOf.get(rootId) ?? '', reachable: reachable.has(rootId) }],
  }
  const focused = staff
    ? focusOn(
        { indicators: result.indicators, cells, focus: wholePlan },
        input.units,
        unitFilter,
        visible,
        reachable,
      )
    : { indicators: result.indicators, focus: wholePlan }

  return {
    plan: {
      id: String(plan.id),
      number: String(plan.number),
      title: String(plan.title),
      year: Number(plan.year),
    },
    period: {
      key: formatPeriod(period),
      label: periodLabel(period, language),
      window: windowCaption(language, period, settings),
      basis: settings.basis,
      start: input.period.start.toISOString(),
      end: input.period.end.toISOString(),
    },
    view,
    indicators: focused.indicators,
    focus: focused.focus,
    units: staff
      ? ordered.map((u) => ({
          id: u.id,
          name: u.name,
          level: u.level,
          parentId: u.parentId,
          depth: depthOf(u),
        }))
      : [],
    cells,
    rollups: staff ? result.rollups.filter((r) => visible.has(r.unitId)) : [],
    timeliness: {
      deadline: due?.deadline.toISOString() ?? null,
      closesAt: due?.closesAt.toISOString() ?? null,
      provinceDeadline: provinceDeadline(period, settings)?.toISOString() ?? null,
      byUnit,
    },
    history,
    mapped,
  }
}
