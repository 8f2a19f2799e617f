import type { UnitLevel } from '@/modules/organisation'
import { participates, type Plan, type UnitFacts } from './engine'
import { isPeriodKey, type Period } from './periods'
import { DEFAULT_PERIOD_SETTINGS, periodWindow, type PeriodSettings } from './reportingWindows'

/** Who reports when a plan names no levels: everyone below the province (the plan form's default). */
export const DEFAULT_REPORTING_LEVELS: readonly UnitLevel[] = ['department', 'district', 'commune']

/** The levels that report under a plan: those it names, or the default when it names none. */
const reportingLevelsOf = (
  levels: readonly UnitLevel[] | null | undefined,
): readonly UnitLevel[] => (levels && levels.length > 0 ? levels : DEFAULT_REPORTING_LEVELS)

export type PlanDeadlines = Plan & {
  id: string
  number: string
  title: string
  year: number
  reportingLevels?: readonly UnitLevel[] | null
  /** How the plan counts its periods (calendar periods when absent). */
  periods?: PeriodSettings
  deadlines: { period: string; deadline: Date }[]
  updatedAt: Date
}

export type UnitDeadline = {
  planId: string
  planNumber: string
  planTitle: string
  period: Period
  deadline: Date
  updatedAt: Date
}

/**
 * Whether a unit owes the plan a report for a period: it takes part in the plan then (the same rule
 * the scorecard uses: subtree of the participating root, minus exclusions, active) and its level is
 * one of the plan's reporting levels.
 */
export const owesReport = (
  unit: UnitFacts,
  plan: Plan & { reportingLevels?: readonly UnitLevel[] | null; periods?: PeriodSettings },
  period: Period,
): boolean => {
  return (
    reportingLevelsOf(plan.reportingLevels).includes(unit.level) &&
    participates(unit, plan, periodWindow(period, plan.periods ?? DEFAULT_PERIOD_SETTINGS))
  )
}

/** Every report deadline a unit has across plans, earliest first (deadlines of unknown periods are skipped). */
export const reportDeadlinesOf = (unit: UnitFacts, plans: PlanDeadlines[]): UnitDeadline[] =>
  plans
    .flatMap((plan) =>
      plan.deadlines.flatMap(({ period: key, deadline }) => {
        if (!isPeriodKey(key)) return []
        const period: Period = { year: plan.year, key }
        if (!owesReport(unit, plan, period)) return []
        return [
          {
            planId: plan.id,
            planNumber: plan.number,
            planTitle: plan.title,
            period,
            deadline,
            updatedAt: plan.updatedAt,
          },
        ]
      }),
    )
    .sort((a, b) => a.deadline.getTime() - b.deadline.getTime())
