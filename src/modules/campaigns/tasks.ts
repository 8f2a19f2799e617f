import type { PayloadRequest } from 'payload'

import { asUser } from '@/platform/access/asUser'
import type { TaskCounter, TaskLine } from '@/platform/module'
import { hasRole } from '@/platform/roles'
import { slugs } from '@/platform/slugs'
import { localDay } from '@/platform/time'
import { subtreeUnitIds } from '@/modules/organisation'
import { listDue } from '@/modules/campaigns/collections/BroadcastItems/due'
import {
  planDeadlineSelect,
  planDeadlinesOf,
  unitFactsOf,
  unitFactsSelect,
} from '@/modules/campaigns/compliance/owedReports'
import { planPeriodSettings } from '@/modules/campaigns/compliance/periodWindows'
import { scorecardFor } from '@/modules/campaigns/compliance/scorecardCache'
import { owesReport } from '@/modules/campaigns/domain/deadlines'
import { formatPeriod, isPeriodKey, lastFinishedQuarter } from '@/modules/campaigns/domain/periods'
import { reportDeadline } from '@/modules/campaigns/domain/reportingWindows'
import { tallyReportTasks, type OwedReport } from '@/modules/campaigns/domain/reportTasks'
import { t } from '@/modules/campaigns/i18n'

const reportsList = '/admin/collections/unit-reports'

/** Reports sent in the reviewer's subtree, waiting for approval or return. */
const reviewerLines = async (req: PayloadRequest): Promise<TaskLine[]> => {
  const { totalDocs } = await asUser(req).count({
    collection: slugs.unitReports,
    where: { status: { equals: 'submitted' } },
  })
  return [
    {
      key: 'reportsSubmitted',
      count: totalDocs,
      text: t(req, 'tasks.reportsSubmitted'),
      href: `${reportsList}?where[status][equals]=submitted&sort=submittedAt`,
    },
  ]
}

/**
 * A reporter's week: airings started and not yet confirmed, and the reports their units owe —
 * due within a month, late, or returned for mending — each with its nearest deadline.
 */
const reporterLines = async (req: PayloadRequest): Promise<TaskLine[]> => {
  const api = asUser(req)
  const now = new Date()
  const [{ entries }, unitIds] = await Promise.all([listDue(req, 'week'), subtreeUnitIds(req)])
  const thisYear = Number(localDay(now).slice(0, 4))
  const [{ docs: units }, { docs: plans }] = await Promise.all([
    api.find({
      collection: slugs.units,
      where: { id: { in: unitIds } },
      depth: 0,
      pagination: false,
      select: unitFactsSelect,
    }),
    api.find({
      collection: slugs.campaignPlans,
      where: { year: { greater_than_equal: thisYear - 1 } },
      depth: 0,
      pagination: false,
      select: planDeadlineSelect,
    }),
  ])
  const { docs: reports } =
    plans.length === 0 || units.length === 0
      ? { docs: [] }
      : await api.find({
          collection: slugs.unitReports,
          where: {
            and: [
              { plan: { in: plans.map((p) => p.id) } },
              { unit: { in: units.map((u) => u.id) } },
            ],
          },
          depth: 0,
          pagination: false,
          select: { key: true, status: true },
        })
  const statusOf = new Map(reports.map((r) => [r.key, r.status]))
  const owed: OwedReport[] = []
  for (const plan of plans) {
    const rules = planDeadlinesOf(plan)
    const settings = planPeriodSettings(plan)
    for (const row of plan.reportDeadlines ?? []) {
      if (!isPeriodKey(row.period)) continue
      const period = { year: plan.year, key: row.period }
      const due = reportDeadline(period, settings, [row])
      if (!due) continue
      for (const unit of units) {
        if (!owesReport(unitFactsOf(unit), rules, period)) continue
        const key = `${plan.id}|${unit.id}|${formatPeriod(period)}`
        owed.push({
          deadline: due.deadline,
          closesAt: due.closesAt,
          status: statusOf.get(key) ?? null,
        })
      }
    }
  }
  const tally = tallyReportTasks(owed, now)
  const airings = entries.filter((entry) => entry.status === 'awaiting')
  return [
    {
      key: 'airingsToConfirm',
      count: airings.length,
      text: t(req, 'tasks.airingsToConfirm'),
      href: '/admin/airings-due?range=week',
    },
    {
      key: 'reportsDue',
      count: tally.due.count,
      text: t(req, 'tasks.reportsDue'),
      href: `${reportsList}/create`,
      deadline: tally.due.deadline?.toISOString() ?? null,
    },
    {
      key: 'reportsLate',
      count: tally.late.count,
      text: t(req, 'tasks.reportsLate'),
      href: `${reportsList}/create`,
      deadline: tally.late.deadline?.toISOString() ?? null,
      overdue: tally.late.count > 0,
    },
    {
      key: 'reportsReturned',
      count: tally.returned.count,
      text: t(req, 'tasks.reportsReturned'),
      href: `${reportsList}?where[status][equals]=returned`,
      deadline: tally.returned.deadline?.toISOString() ?? null,
    },
  ]
}

/**
 * A leader's watch: on the scorecard the admin opens first (the latest plan, the last finished
 * quarter), the units still owing their report after the deadline and the indicators off target.
 */
const viewerLines = async (req: PayloadRequest): Promise<TaskLine[]> => {
  const { docs: plans } = await asUser(req).find({
    collection: slugs.campaignPlans,
    sort: '-year',
    limit: 1,
    depth: 0,
    select: { year: true },
  })
  const plan = plans[0]
  const period = formatPeriod(lastFinishedQuarter(new Date()))
  const href = plan ? `/admin/scorecard?plan=${plan.id}&period=${period}` : '/admin/scorecard'
  const card = plan ? await scorecardFor(req, String(plan.id), period, null) : null
  const late = card
    ? Object.values(card.timeliness.byUnit).filter((standing) => standing === 'missing').length
    : 0
  const offTarget = card
    ? card.indicators.filter((indicator) => indicator.inScope > 0 && !indicator.achieved).length
    : 0
  return [
    {
      key: 'lateUnits',
      count: late,
      text: t(req, 'tasks.lateUnits'),
      href,
      deadline: card?.timeliness.deadline ?? null,
      overdue: late > 0,
    },
    {
      key: 'indicatorsOffTarget',
      count: offTarget,
      text: t(req, 'tasks.indicatorsOffTarget'),
      href,
    },
  ]
}

/** Campaigns' part of "Việc cần làm", by the roles the user holds. */
export const campaignToDo: TaskCounter = async (req) => {
  const user = req.user
  const parts: Promise<TaskLine[]>[] = []
  if (hasRole(user, 'reviewer')) parts.push(reviewerLines(req))
  if (hasRole(user, 'reporter')) parts.push(reporterLines(req))
  if (hasRole(user, 'viewer')) parts.push(viewerLines(req))
  return (await Promise.all(parts)).flat()
}
