import type { DefaultValue, PayloadRequest } from 'payload'

import { asUser } from '@/platform/access/asUser'
import { idFromQuery } from '@/platform/fields/prefill'
import { slugs } from '@/platform/slugs'
import { localDay } from '@/platform/time'
import { unitIdOf } from '@/modules/organisation'
import {
  planDeadlineSelect,
  planDeadlinesOf,
  unitFactsOf,
} from '@/modules/campaigns/compliance/owedReports'
import { planPeriodSettings } from '@/modules/campaigns/compliance/periodWindows'
import { owesReport } from '@/modules/campaigns/domain/deadlines'
import { isPeriodKey, type PeriodKey } from '@/modules/campaigns/domain/periods'
import { nextPeriodDue, planPeriods } from '@/modules/campaigns/domain/reportForm'
import { periodWindow, reportDeadline } from '@/modules/campaigns/domain/reportingWindows'

type FormDefaults = { plan?: number | string; period?: PeriodKey }

// One look-up per request: the plan's and the period's defaults are worked out together.
const cache = new WeakMap<PayloadRequest, Promise<FormDefaults>>()

/**
 * What a new report is most likely about, for the reporter's own unit: the one current plan (this
 * year's) that reaches the unit, and that plan's next period due. None, or several plans: no guess.
 * Everything is read as the user, so a plan or report the user may not see plays no part.
 */
const work = async (req: PayloadRequest): Promise<FormDefaults> => {
  const unitId = unitIdOf(req.user)
  if (!req.user || unitId === null) return {}
  const now = new Date()
  const year = Number(localDay(now).slice(0, 4))
  const unit = await asUser(req)
    .findByID({ collection: slugs.units, id: unitId, depth: 0 })
    .catch(() => null)
  if (!unit) return {}
  const facts = unitFactsOf(unit)
  const { docs: plans } = await asUser(req).find({
    collection: slugs.campaignPlans,
    where: { year: { equals: year } },
    depth: 0,
    pagination: false,
    select: planDeadlineSelect,
  })
  const reaching = plans.filter((plan) => {
    const rules = planDeadlinesOf(plan)
    return planPeriods(plan.year, plan.reportDeadlines).some((period) =>
      owesReport(facts, rules, period),
    )
  })
  if (reaching.length !== 1) return {}
  const plan = reaching[0]!
  const { docs: sentReports } = await asUser(req).find({
    collection: slugs.unitReports,
    where: {
      plan: { equals: plan.id },
      unit: { equals: unit.id },
      status: { in: ['submitted', 'approved'] },
    },
    depth: 0,
    pagination: false,
    select: { period: true },
  })
  const settings = planPeriodSettings(plan)
  const period = nextPeriodDue(
    planPeriods(plan.year, plan.reportDeadlines).map((p) => ({
      key: p.key,
      window: periodWindow(p, settings),
      closesAt: reportDeadline(p, settings, plan.reportDeadlines)?.closesAt ?? null,
    })),
    new Set(sentReports.map((report) => report.period)),
    now,
  )
  return { plan: plan.id, ...(period ? { period } : {}) }
}

const formDefaults = (req: PayloadRequest): Promise<FormDefaults> => {
  let found = cache.get(req)
  if (!found) cache.set(req, (found = work(req)))
  return found
}

type DefaultArgs = { req: PayloadRequest }
// Payload's type wants a value; `undefined` is what its own getDefaultValue treats as "no default".
const asDefault = (fn: (args: DefaultArgs) => Promise<unknown>) => fn as unknown as DefaultValue

/** The plan a new report is for: the create page's `?plan=…`, else the one current plan. */
export const defaultPlan: DefaultValue = asDefault(async (args) => {
  const fromQuery = (idFromQuery('plan') as unknown as (a: DefaultArgs) => unknown)(args)
  if (fromQuery !== undefined) return fromQuery
  return (await formDefaults(args.req)).plan
})

/** The period a new report is for: `?period=Q2`, else the plan's next period due. */
export const defaultPeriod: DefaultValue = asDefault(async ({ req }) => {
  const text = (req?.query as Record<string, unknown> | undefined)?.period
  if (isPeriodKey(text)) return text
  const defaults = await formDefaults(req)
  // A plan named in the address that is not the guessed one: its period is not guessed either.
  const named = (req?.query as Record<string, unknown> | undefined)?.plan
  if (named !== undefined && String(named) !== String(defaults.plan)) return undefined
  return defaults.period
})
