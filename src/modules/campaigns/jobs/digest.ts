import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import type { CampaignPlan } from '@/payload-types'
import { asSystem } from '@/platform/access/asUser'
import { relationId } from '@/platform/fields/relationId'
import { languageOf } from '@/platform/i18n/catalog'
import { isAdminUser, type Role } from '@/platform/roles'
import { slugs } from '@/platform/slugs'
import { isoWeek, localDay, previousWeek } from '@/platform/time'
import { enqueueMail } from '@/modules/messaging'
import { unitSubtreeWhere } from '@/modules/organisation'
import { loadComplianceInput } from '@/modules/campaigns/compliance/scorecard'
import { rebuildTallies } from '@/modules/campaigns/compliance/tallies'
import { computeCompliance, type ComplianceResult } from '@/modules/campaigns/domain/engine'
import { periodLabel, quarterOf } from '@/modules/campaigns/domain/periods'
import { weeklyDigestMail, type WeeklyDigest } from '@/modules/campaigns/mail'

type Id = number | string

/** Who gets the digest: leaders (viewers), communications staff (editors) and admins who want it. */
const DIGEST_ROLES: Role[] = ['admin', 'editor', 'viewer']

/** The running quarter's compliance of every plan of the year, computed once per run (system reads: every unit counts). */
const planResults = async (payload: Payload, req: PayloadRequest, now: Date) => {
  const quarter = quarterOf(now)
  const { docs: plans } = await asSystem(payload).find({
    collection: slugs.campaignPlans,
    where: { year: { equals: quarter.year } },
    sort: 'number',
    depth: 0,
    pagination: false,
  })
  const results: { plan: CampaignPlan; result: ComplianceResult }[] = []
  for (const plan of plans) {
    const input = await loadComplianceInput(req, plan, quarter, now)
    results.push({ plan, result: computeCompliance(input) })
  }
  return { quarter, results }
}

/**
 * The weekly digest, one per recipient and week: what was published in their part of the tree, the
 * share of quotas met per plan in the running quarter (with a chart), the units falling behind and
 * the airings recorded as missed. Admins see the whole province, everyone else their unit's subtree.
 */
export const sendWeeklyDigests = async (
  payload: Payload,
  now = new Date(),
): Promise<{ queued: number }> => {
  const week = previousWeek(now)
  const weekLabel = isoWeek(week.start)
  // The digest is the platform's own work: system reads, each cut to the recipient's subtree below.
  const system = asSystem(payload)
  const { docs: users } = await system.find({
    collection: slugs.users,
    where: { and: [{ roles: { in: DIGEST_ROLES } }, { weeklyDigest: { not_equals: false } }] },
    select: { email: true, name: true, roles: true, unit: true, language: true },
    depth: 0,
    pagination: false,
  })
  if (users.length === 0) return { queued: 0 }
  const req = await createLocalReq({}, payload)
  const { quarter, results } = await planResults(payload, req, now)
  const { docs: unitDocs } = await system.find({
    collection: slugs.units,
    select: { name: true },
    depth: 0,
    pagination: false,
  })
  const unitName = new Map(unitDocs.map((u) => [String(u.id), u.name]))
  /** A user's unit and every unit under it (the same subtree rule as their access). */
  const subtreeOf = async (root: Id) =>
    new Set(
      (
        await system.find({
          collection: slugs.units,
          where: unitSubtreeWhere(root),
          select: { name: true },
          depth: 0,
          pagination: false,
        })
      ).docs.map((u) => String(u.id)),
    )
  const inWeek = (field: string) => [
    { [field]: { greater_than_equal: week.start.toISOString() } },
    { [field]: { less_than: week.end.toISOString() } },
  ]

  let queued = 0
  for (const user of users) {
    const admin = isAdminUser(user)
    const root = admin ? null : relationId(user.unit)
    if (root === null && !admin) continue
    const scope = root === null ? null : await subtreeOf(root)
    const scopeWhere = scope ? [{ unit: { in: [...scope] } }] : []
    const published = await system.find({
      collection: slugs.articles,
      where: {
        and: [{ _status: { equals: 'published' } }, ...inWeek('publishedAt'), ...scopeWhere],
      },
      select: { title: true, publishedAt: true },
      sort: '-publishedAt',
      limit: 10,
      depth: 0,
    })
    const missed = await system.find({
      collection: slugs.airings,
      where: { and: [{ status: { equals: 'missed' } }, ...inWeek('occurrenceAt'), ...scopeWhere] },
      select: { item: true, occurrenceAt: true, unit: true },
      sort: 'occurrenceAt',
      limit: 10,
      depth: 1,
    })
    const plans: WeeklyDigest['plans'] = []
    const behind = new Map<string, { unitName: string; planNumber: string; unmet: number }>()
    for (const { plan, result } of results) {
      const cells = result.cells.filter(
        (cell) => !cell.subjectId.startsWith('contract:') && (!scope || scope.has(cell.subjectId)),
      )
      const decided = cells.filter((cell) => cell.status !== 'noData')
      if (decided.length === 0) continue
      const met = decided.filter((cell) => cell.status === 'met').length
      const targets = result.indicators.map((i) => i.targetShare)
      plans.push({
        id: plan.id,
        number: String(plan.number),
        title: String(plan.title),
        share: Math.round((met / decided.length) * 1000) / 10,
        target: targets.length
          ? Math.round(targets.reduce((a, b) => a + b, 0) / targets.length)
          : 100,
      })
      for (const cell of decided.filter((c) => c.status === 'notMet')) {
        const key = `${plan.id}:${cell.subjectId}`
        const entry = behind.get(key) ?? {
          unitName: unitName.get(cell.subjectId) ?? cell.subjectId,
          planNumber: String(plan.number),
          unmet: 0,
        }
        entry.unmet++
        behind.set(key, entry)
      }
    }
    const language = languageOf(user.language)
    const data: WeeklyDigest = {
      recipientName: user.name ?? user.email,
      week: weekLabel,
      from: week.start.toISOString(),
      to: week.end.toISOString(),
      scopeName: root === null ? null : (unitName.get(String(root)) ?? null),
      published: published.docs.map((a) => ({
        id: a.id,
        title: a.title,
        publishedAt: String(a.publishedAt),
      })),
      publishedCount: published.totalDocs,
      periodLabel: periodLabel(quarter, language),
      plans,
      behind: [...behind.values()].sort(
        (a, b) => b.unmet - a.unmet || a.unitName.localeCompare(b.unitName, 'vi'),
      ),
      missed: missed.docs.map((m) => ({
        itemTitle: typeof m.item === 'object' && m.item ? m.item.title : '',
        unitName: unitName.get(String(relationId(m.unit))) ?? '',
        at: String(m.occurrenceAt),
      })),
      missedCount: missed.totalDocs,
    }
    if (
      await enqueueMail(payload, {
        key: `digest:${weekLabel}:${user.id}`,
        template: weeklyDigestMail,
        to: user.email,
        language,
        data,
        unit: root,
      })
    )
      queued++
  }
  return { queued }
}

/**
 * Each night, every plan of the year: its indicator shares for the running quarter, stored once per
 * plan and day, so the scorecard shows how compliance moved. Tallies are rebuilt first, as a check
 * on the counts kept on each write.
 */
export const takeComplianceSnapshots = async (
  payload: Payload,
  now = new Date(),
): Promise<{ snapshots: number }> => {
  await rebuildTallies(payload)
  const day = localDay(now)
  const req = await createLocalReq({}, payload)
  const { quarter, results } = await planResults(payload, req, now)
  let snapshots = 0
  for (const { plan, result } of results) {
    const key = `${plan.id}:${day}`
    // Snapshots are the system's own record (no API writes them).
    const { totalDocs } = await asSystem(payload).count({
      collection: slugs.complianceSnapshots,
      where: { key: { equals: key } },
    })
    if (totalDocs > 0) continue
    await asSystem(payload).create({
      collection: slugs.complianceSnapshots,
      depth: 0,
      data: {
        plan: plan.id,
        day,
        period: `${quarter.year}-${quarter.key}`,
        indicatorsMet: result.indicators.filter((i) => i.achieved).length,
        indicatorsTotal: result.indicators.length,
        indicators: result.indicators.map((i) => ({
          indicatorId: i.indicatorId,
          title: i.title,
          share: i.share,
          targetShare: i.targetShare,
          achieved: i.achieved,
          inScope: i.inScope,
          met: i.met,
        })),
        key,
      },
    })
    snapshots++
  }
  return { snapshots }
}
