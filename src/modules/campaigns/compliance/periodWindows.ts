import type { CampaignPlan } from '@/payload-types'
import type { Language } from '@/platform/i18n/catalog'
import { periodLabel, type Period, type PeriodKey } from '@/modules/campaigns/domain/periods'
import {
  isLateReport,
  periodSettingsOf,
  periodWindow,
  reportDeadline,
  windowLabel,
  type PeriodSettings,
} from '@/modules/campaigns/domain/reportingWindows'
import { translate } from '@/modules/campaigns/i18n'

/** How a stored plan counts its periods (plans saved before the setting existed: calendar periods). */
export const planPeriodSettings = (
  plan: Pick<CampaignPlan, 'periods'> | null | undefined,
): PeriodSettings => periodSettingsOf(plan?.periods)

/**
 * Which window a figure covers, as the report, the scorecard and the documents say it:
 * "Kỳ báo cáo quý I/2026: 15/12/2025 – 14/03/2026".
 */
export const windowCaption = (
  language: Language,
  period: Period,
  settings: PeriodSettings,
): string => {
  const name = periodLabel(period, language)
  return translate(language, 'period.window', {
    period: language === 'vi' ? name.charAt(0).toLowerCase() + name.slice(1) : name,
    window: windowLabel(periodWindow(period, settings)),
  })
}

/**
 * What a report's standing under its plan's periods is, as stored on the report (read-only fields):
 * the window its figures cover and whether it was first sent after the deadline and the grace days.
 */
export const reportStanding = (
  plan: Pick<CampaignPlan, 'year' | 'periods' | 'reportDeadlines'>,
  report: { period: PeriodKey; firstSubmittedAt?: string | null },
): { periodWindow: string; late: boolean } => {
  const settings = planPeriodSettings(plan)
  const period: Period = { year: plan.year, key: report.period }
  const sent = report.firstSubmittedAt ? new Date(report.firstSubmittedAt) : null
  return {
    periodWindow: windowLabel(periodWindow(period, settings)),
    late: isLateReport(sent, reportDeadline(period, settings, plan.reportDeadlines), settings),
  }
}
