import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { reaches } from '@/modules/campaigns/access'
import { isAdminUser, type RoleHolder } from '@/platform/access/roles'
import { slugs } from '@/platform/slugs'
import { isPeriodKey, periodLabel, type PeriodKey } from '@/modules/campaigns/domain/periods'
import { decideReportChange, isLocked, type ReportStatus } from '@/modules/campaigns/domain/reportWorkflow'
import { checkFigure, figureKeys, type FigureKey } from '@/modules/campaigns/domain/vocabulary'
import { relationId } from '@/platform/fields/relationId'
import { invalidField, t } from '@/platform/i18n/request'

/**
 * Everything a report save must respect: a known period, one report per unit, plan and period,
 * the unit within the writer's reach, figures in range, the workflow and its locks, and the
 * figures the plan asks for before submission.
 */
export const enforceReportRules: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const value = (name: string) => (data[name] !== undefined ? data[name] : originalDoc?.[name])
  const period = value('period') as string
  if (!isPeriodKey(period)) throw invalidField(req, slugs.unitReports, 'period', 'report.periodInvalid', { period: String(period ?? '') })

  const planId = relationId(value('plan'))
  const unitId = relationId(value('unit'))
  const plan = planId === null ? null : await req.payload.findByID({ collection: slugs.campaignPlans, id: planId, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!plan) return data
  data.year = plan.year

  if (req.user && !(await reaches(req, unitId))) throw new APIError(t(req, 'report.unitOutOfScope'), 403, undefined, true)

  const figures = (value('figures') ?? {}) as Partial<Record<FigureKey, unknown>>
  for (const key of figureKeys) {
    const problem = checkFigure(key, figures[key])
    if (problem) throw invalidField(req, slugs.unitReports, `figures.${key}`, `figure.${problem}`, { figure: t(req, `figure.${key}`) })
  }

  data.key = `${planId}|${unitId}|${plan.year}-${period}`
  if (operation === 'create' || data.key !== originalDoc?.key) {
    const { totalDocs } = await req.payload.count({ collection: slugs.unitReports, where: { key: { equals: data.key } }, overrideAccess: true, req })
    if (totalDocs > 0) {
      const unit = unitId === null ? null : await req.payload.findByID({ collection: slugs.units, id: unitId, depth: 0, overrideAccess: true, disableErrors: true, req })
      throw new APIError(t(req, 'report.duplicate', { unit: unit?.name ?? String(unitId), period: periodLabel({ year: plan.year, key: period as PeriodKey }, req.i18n?.language === 'en' ? 'en' : 'vi') }), 409, undefined, true)
    }
  }

  const from = (originalDoc?.status ?? null) as ReportStatus | null
  const to = (data.status ?? from ?? 'draft') as ReportStatus
  const deadlineRow = (plan.reportDeadlines ?? []).find((row) => row.period === period)
  const deadline = deadlineRow?.deadline ? new Date(deadlineRow.deadline) : null
  const reopened = Boolean(value('reopened'))
  const locked = from !== null && isLocked({ status: from, deadline, now: new Date(), reopened })
  if (req.user) {
    // An admin reopening a locked report is the one change made to a locked report.
    const onlyReopening = isAdminUser(req.user as RoleHolder) && data.reopened === true
    const decision = decideReportChange({ actor: req.user as RoleHolder, from, to, locked: locked && !onlyReopening, reason: value('returnReason') as string })
    if (!decision.ok) throw new APIError(t(req, `report.${decision.problem}`), decision.problem === 'reasonRequired' ? 400 : 403, undefined, true)
  }

  if (to === 'submitted' && from !== 'submitted') {
    const missing = ((plan.requiredFigures ?? []) as FigureKey[]).filter((key) => figures[key] === null || figures[key] === undefined || figures[key] === '')
    if (missing.length > 0) throw invalidField(req, slugs.unitReports, `figures.${missing[0]}`, 'report.missingFigures', { figures: missing.map((k) => t(req, `figure.${k}`)).join(', ') })
    data.submittedAt = new Date().toISOString()
    data.firstSubmittedAt ??= originalDoc?.firstSubmittedAt ?? data.submittedAt
    if (from !== null) data.reopened = false
  }
  if (to === 'approved' && from !== 'approved' && req.user) data.approvedBy = req.user.id
  return data
}
