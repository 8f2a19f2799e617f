import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { unitSubtreeWhere } from '@/modules/organisation/access/unitScope'
import { slugs } from '@/platform/slugs'
import { quarterOf, periodLabel } from '@/modules/campaigns/domain/periods'
import { computeCompliance, type ComplianceResult } from '@/modules/campaigns/domain/engine'
import { isoWeek, localDay, previousWeek } from '@/modules/messaging/domain/rules'
import { relationId } from '@/platform/fields/relationId'
import { isLanguage } from '@/platform/i18n/messages'
import { loadComplianceInput } from '@/modules/campaigns/compliance/scorecard'
import { rebuildTallies } from '@/modules/campaigns/compliance/tallies'
import { enqueue } from '@/modules/messaging/outbox'
import type { TemplateData } from '@/modules/messaging/templates'

type Doc = Record<string, any>
type Id = number | string

/** Who gets the digest: leaders (viewers), communications staff (editors) and admins who want it. */
const DIGEST_ROLES = ['admin', 'editor', 'viewer']

const system = { overrideAccess: true, depth: 0, pagination: false } as const

/** The running quarter's compliance of every plan of the year, computed once per run. */
const planResults = async (payload: Payload, req: PayloadRequest, now: Date) => {
  const quarter = quarterOf(now)
  const { docs: plans } = await payload.find({ collection: slugs.campaignPlans, where: { year: { equals: quarter.year } }, sort: 'number', ...system })
  const results: { plan: Doc; result: ComplianceResult }[] = []
  for (const plan of plans as Doc[]) {
    const input = await loadComplianceInput(req, plan as never, quarter, now)
    results.push({ plan, result: computeCompliance(input) })
  }
  return { quarter, results }
}

/**
 * The weekly digest, one per recipient and week: what was published in their part of the tree, the
 * share of quotas met per plan in the running quarter (with a chart), the units falling behind and
 * the airings recorded as missed. Admins see the whole province, everyone else their unit's subtree.
 */
export const sendWeeklyDigests = async (payload: Payload, now = new Date()): Promise<{ queued: number }> => {
  const week = previousWeek(now)
  const weekLabel = isoWeek(week.start)
  const { docs: users } = await payload.find({
    collection: slugs.users,
    where: { and: [{ roles: { in: DIGEST_ROLES } }, { weeklyDigest: { not_equals: false } }] },
    select: { email: true, name: true, roles: true, unit: true, language: true },
    ...system,
  })
  if (users.length === 0) return { queued: 0 }
  const req = await createLocalReq({}, payload)
  const { quarter, results } = await planResults(payload, req, now)
  const { docs: unitDocs } = await payload.find({ collection: slugs.units, select: { name: true }, ...system })
  const unitName = new Map(unitDocs.map((u) => [String(u.id), u.name]))
  /** A user's unit and every unit under it (the same subtree rule as their access). */
  const subtreeOf = async (root: Id) =>
    new Set((await payload.find({ collection: slugs.units, where: unitSubtreeWhere(root), select: { name: true }, ...system })).docs.map((u) => String(u.id)))
  const inWeek = (field: string) => [{ [field]: { greater_than_equal: week.start.toISOString() } }, { [field]: { less_than: week.end.toISOString() } }]

  let queued = 0
  for (const user of users as Doc[]) {
    const root = user.roles?.includes('admin') ? null : relationId(user.unit)
    if (!root && !user.roles?.includes('admin')) continue
    const scope = root === null ? null : await subtreeOf(root)
    const scopeWhere = scope ? [{ unit: { in: [...scope] } }] : []
    const published = await payload.find({
      collection: slugs.articles,
      where: { and: [{ _status: { equals: 'published' } }, ...inWeek('publishedAt'), ...scopeWhere] },
      select: { title: true, publishedAt: true },
      sort: '-publishedAt',
      limit: 10,
      overrideAccess: true,
      depth: 0,
    })
    const missed = await payload.find({
      collection: slugs.airings,
      where: { and: [{ status: { equals: 'missed' } }, ...inWeek('occurrenceAt'), ...(scope ? [{ ownerUnit: { in: [...scope] } }] : [])] },
      select: { item: true, occurrenceAt: true, ownerUnit: true },
      sort: 'occurrenceAt',
      limit: 10,
      overrideAccess: true,
      depth: 1,
    })
    const plans: TemplateData['weeklyDigest']['plans'] = []
    const behind = new Map<string, { unitName: string; planNumber: string; unmet: number }>()
    for (const { plan, result } of results) {
      const cells = result.cells.filter((cell) => !cell.subjectId.startsWith('contract:') && (!scope || scope.has(cell.subjectId)))
      const decided = cells.filter((cell) => cell.status !== 'noData')
      if (decided.length === 0) continue
      const met = decided.filter((cell) => cell.status === 'met').length
      const targets = result.indicators.map((i) => i.targetShare)
      plans.push({ id: plan.id, number: String(plan.number), title: String(plan.title), share: Math.round((met / decided.length) * 1000) / 10, target: targets.length ? Math.round(targets.reduce((a, b) => a + b, 0) / targets.length) : 100 })
      for (const cell of decided.filter((c) => c.status === 'notMet')) {
        const key = `${plan.id}:${cell.subjectId}`
        const entry = behind.get(key) ?? { unitName: unitName.get(cell.subjectId) ?? cell.subjectId, planNumber: String(plan.number), unmet: 0 }
        entry.unmet++
        behind.set(key, entry)
      }
    }
    const language = isLanguage(user.language) ? user.language : 'vi'
    const data: TemplateData['weeklyDigest'] = {
      recipientName: user.name ?? user.email,
      week: weekLabel,
      from: week.start.toISOString(),
      to: week.end.toISOString(),
      scopeName: root === null ? null : (unitName.get(String(root)) ?? null),
      published: published.docs.map((a) => ({ id: a.id, title: a.title, publishedAt: String(a.publishedAt) })),
      publishedCount: published.totalDocs,
      periodLabel: periodLabel(quarter, language),
      plans,
      behind: [...behind.values()].sort((a, b) => b.unmet - a.unmet || a.unitName.localeCompare(b.unitName, 'vi')),
      missed: missed.docs.map((m) => ({ itemTitle: (m.item as Doc | null)?.title ?? '', unitName: unitName.get(String(relationId(m.ownerUnit))) ?? '', at: String(m.occurrenceAt) })),
      missedCount: missed.totalDocs,
    }
    if (await enqueue(payload, { key: `digest:${weekLabel}:${user.id}`, template: 'weeklyDigest', to: user.email, language, data, unit: (root ?? null) as Id | null })) queued++
  }
  return { queued }
}

/**
 * Each night, every plan of the year: its indicator shares for the running quarter, stored once per
 * plan and day, so the scorecard shows how compliance moved. Tallies are rebuilt first, as a check
 * on the counts kept on each write.
 */
export const takeComplianceSnapshots = async (payload: Payload, now = new Date()): Promise<{ snapshots: number }> => {
  await rebuildTallies(payload)
  const day = localDay(now)
  const req = await createLocalReq({}, payload)
  const { quarter, results } = await planResults(payload, req, now)
  let snapshots = 0
  for (const { plan, result } of results) {
    const key = `${plan.id}:${day}`
    const { totalDocs } = await payload.count({ collection: slugs.complianceSnapshots, where: { key: { equals: key } }, overrideAccess: true })
    if (totalDocs > 0) continue
    await payload.create({
      collection: slugs.complianceSnapshots,
      overrideAccess: true,
      depth: 0,
      data: {
        plan: plan.id,
        day,
        period: `${quarter.year}-${quarter.key}`,
        indicatorsMet: result.indicators.filter((i) => i.achieved).length,
        indicatorsTotal: result.indicators.length,
        indicators: result.indicators.map((i) => ({ indicatorId: i.indicatorId, title: i.title, share: i.share, targetShare: i.targetShare, achieved: i.achieved, inScope: i.inScope, met: i.met })),
        key,
      },
    })
    snapshots++
  }
  return { snapshots }
}
