import type { CampaignPlan, Unit } from '@/payload-types'
import { relationId } from '@/platform/fields/relationId'
import { dayOf } from '@/platform/time'
import type { PlanDeadlines } from '@/modules/campaigns/domain/deadlines'
import type { UnitFacts } from '@/modules/campaigns/domain/engine'

import { planPeriodSettings } from './periodWindows'

/** The plan fields its report deadlines are read from (a `select` for the Local API). */
export const planDeadlineSelect = {
  number: true,
  title: true,
  year: true,
  participatingRoot: true,
  excludedUnits: true,
  reportingLevels: true,
  reportDeadlines: true,
  periods: true,
  updatedAt: true,
} as const

/** The unit fields `unitFactsOf` reads (a `select` for the Local API). */
export const unitFactsSelect = {
  name: true,
  level: true,
  parent: true,
  breadcrumbs: true,
  validFrom: true,
  validTo: true,
} as const

type PlanRow = Pick<
  CampaignPlan,
  | 'id'
  | 'number'
  | 'title'
  | 'year'
  | 'participatingRoot'
  | 'excludedUnits'
  | 'reportingLevels'
  | 'reportDeadlines'
  | 'periods'
  | 'updatedAt'
>

/** A stored plan as the deadline rules read it. */
export const planDeadlinesOf = (plan: PlanRow): PlanDeadlines => ({
  id: String(plan.id),
  number: plan.number,
  title: plan.title,
  year: plan.year,
  rootUnitId: String(relationId(plan.participatingRoot)),
  excludedUnitIds: (plan.excludedUnits ?? []).map((u) => String(relationId(u))),
  reportingLevels: plan.reportingLevels,
  periods: planPeriodSettings(plan),
  deadlines: (plan.reportDeadlines ?? []).map((row) => ({
    period: row.period,
    deadline: new Date(row.deadline),
  })),
  updatedAt: new Date(plan.updatedAt),
})

/**
 * A stored unit as the deadline rules read it: where it sits (the nested-docs breadcrumbs run from
 * the root down to the unit itself) and the days it operated. What it owns plays no part in whether
 * it owes a report.
 */
export const unitFactsOf = (
  unit: Pick<Unit, 'id' | 'name' | 'level' | 'parent' | 'breadcrumbs' | 'validFrom' | 'validTo'>,
): UnitFacts => ({
  id: String(unit.id),
  name: unit.name,
  level: unit.level,
  parentId: unit.parent ? String(relationId(unit.parent)) : null,
  ancestorIds: (unit.breadcrumbs ?? [])
    .map((crumb) => String(relationId(crumb.doc)))
    .filter((id) => id !== String(unit.id)),
  validFrom: dayOf(unit.validFrom),
  validTo: dayOf(unit.validTo),
  hasRadioStation: false,
  hasOneStopDesk: false,
  postOfficeCulturePoints: 0,
})
