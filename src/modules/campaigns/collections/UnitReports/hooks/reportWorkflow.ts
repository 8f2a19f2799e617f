import type { CollectionBeforeChangeHook } from 'payload'

import type { CampaignPlan, UnitReport } from '@/payload-types'
import { asSystem } from '@/platform/access/asUser'
import { relationId } from '@/platform/fields/relationId'
import { languageOf } from '@/platform/i18n/catalog'
import { isAdminUser } from '@/platform/roles'
import { slugs } from '@/platform/slugs'
import { reaches } from '@/modules/organisation'
import { isPeriodKey, periodLabel, type PeriodKey } from '@/modules/campaigns/domain/periods'
import { decideReportChange, isLocked } from '@/modules/campaigns/domain/reportWorkflow'
import {
  checkFigure,
  dossierSharesProblem,
  figureKeys,
  figureRanges,
  reportFigures,
  type FigureKey,
} from '@/modules/campaigns/domain/vocabulary'
import { issuerSymbol, reportSubject } from '@/modules/campaigns/domain/officialDocument'
import { issueNumber } from '@/modules/campaigns/documents/register'
import { planPeriodSettings, reportStanding } from '@/modules/campaigns/compliance/periodWindows'
import { reportDeadline } from '@/modules/campaigns/domain/reportingWindows'
import { invalidField, refused, t } from '@/modules/campaigns/i18n'

/** When the unit can no longer change its report: the deadline and the plan's grace days. */
export const reportClosesAt = (
  plan: Pick<CampaignPlan, 'year' | 'reportDeadlines' | 'periods'>,
  period: PeriodKey,
): Date | null =>
  reportDeadline({ year: plan.year, key: period }, planPeriodSettings(plan), plan.reportDeadlines)
    ?.closesAt ?? null

/**
 * Everything a report save must respect: a known period, one report per unit, plan and period,
 * the unit within the writer's reach, figures in range, the workflow and its locks, and the
 * figures the plan asks for before submission.
 */
export const enforceReportRules: CollectionBeforeChangeHook<UnitReport> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const value = <K extends keyof UnitReport>(name: K) =>
    data[name] !== undefined ? data[name] : originalDoc?.[name]
  const period = value('period')
  if (!isPeriodKey(period))
    throw invalidField(req, slugs.unitReports, 'period', 'report.periodInvalid', {
      period: String(period ?? ''),
    })

  const planId = relationId(value('plan'))
  const unitId = relationId(value('unit'))
  // System reads: the plan's deadlines and the uniqueness of the report bind whoever writes it.
  const system = asSystem(req)
  // The report's unit, read when a message or a document number needs its name.
  const reportUnit = async () =>
    unitId === null
      ? null
      : system.findByID({ collection: slugs.units, id: unitId, depth: 0, disableErrors: true })
  const plan =
    planId === null
      ? null
      : await system.findByID({
          collection: slugs.campaignPlans,
          id: planId,
          depth: 0,
          disableErrors: true,
        })
  if (!plan) return data
  data.year = plan.year

  if (req.user && !(await reaches(req, unitId)))
    throw refused(req, 'report.unitOutOfScope', undefined, 403)

  const figures: Partial<Record<FigureKey, unknown>> = value('figures') ?? {}
  const locale = languageOf(req.i18n?.language) === 'en' ? 'en-GB' : 'vi-VN'
  for (const key of figureKeys) {
    const problem = checkFigure(key, figures[key])
    const kind = reportFigures[key]
    if (problem)
      throw invalidField(req, slugs.unitReports, `figures.${key}`, `figure.${problem}`, {
        figure: t(req, `figure.${key}`),
        max: (kind === 'boolean' ? 1 : figureRanges[kind].max).toLocaleString(locale),
      })
  }
  const shares = dossierSharesProblem(figures)
  if (shares)
    throw invalidField(req, slugs.unitReports, 'figures.dossiersLatePct', 'figure.sharesSum', {
      sum: shares.sum.toLocaleString(locale),
    })

  data.key = `${planId}|${unitId}|${plan.year}-${period}`
  if (operation === 'create' || data.key !== originalDoc?.key) {
    const { totalDocs } = await system.count({
      collection: slugs.unitReports,
      where: { key: { equals: data.key } },
    })
    if (totalDocs > 0) {
      const unit = await reportUnit()
      throw refused(
        req,
        'report.duplicate',
        {
          unit: unit?.name ?? String(unitId),
          period: periodLabel({ year: plan.year, key: period }, languageOf(req.i18n?.language)),
        },
        409,
      )
    }
  }

  const from = originalDoc?.status ?? null
  let to = data.status ?? from ?? 'draft'
  // Reopening an approved report gives it back to its unit in one step: a draft again, theirs to
  // mend and send (an approved report stays locked to the unit even when reopened).
  if (from === 'approved' && to === 'approved' && data.reopened === true && !originalDoc?.reopened)
    to = data.status = 'draft'
  const reopened = Boolean(value('reopened'))
  const locked =
    from !== null &&
    isLocked({ status: from, deadline: reportClosesAt(plan, period), now: new Date(), reopened })
  if (req.user) {
    // An admin reopening a locked report is the one change made to a locked report.
    const onlyReopening = isAdminUser(req.user) && data.reopened === true
    const decision = decideReportChange({
      actor: req.user,
      from,
      to,
      locked: locked && !onlyReopening,
      reason: value('returnReason'),
    })
    if (!decision.ok)
      throw refused(
        req,
        `report.${decision.problem}`,
        undefined,
        decision.problem === 'reasonRequired' ? 400 : 403,
      )
  }

  if (to === 'submitted' && from !== 'submitted') {
    const missing = (plan.requiredFigures ?? []).filter(
      (key) => figures[key] === null || figures[key] === undefined || figures[key] === '',
    )
    if (missing.length > 0)
      throw invalidField(req, slugs.unitReports, `figures.${missing[0]}`, 'report.missingFigures', {
        figures: missing.map((k) => t(req, `figure.${k}`)).join(', '),
      })
    data.submittedAt = new Date().toISOString()
    data.firstSubmittedAt ??= originalDoc?.firstSubmittedAt ?? data.submittedAt
    if (from !== null) data.reopened = false
  }
  if (to === 'approved' && from !== 'approved' && req.user) data.approvedBy = req.user.id
  // The window the figures cover, and whether the first submission came after deadline and grace.
  const standing = reportStanding(plan, {
    period,
    firstSubmittedAt: data.firstSubmittedAt ?? originalDoc?.firstSubmittedAt,
  })
  data.periodWindow = standing.periodWindow
  data.late = standing.late
  // The register gives the report its number when it first goes out (submitted, or approved
  // straight away as the seed and imports do), and a new version of it each time it is sent again.
  const sentAgain = to === 'submitted' && from !== 'submitted'
  const approvedUnnumbered =
    to === 'approved' && from !== 'approved' && !originalDoc?.documentNumber
  if (sentAgain || approvedUnnumbered) {
    const unit = await reportUnit()
    const issued = await issueNumber(req, {
      unitId: unitId ?? '',
      source: data.key,
      kind: 'BC',
      symbol: issuerSymbol(unit?.name ?? '', unit?.documentSymbol),
      subject: reportSubject({ year: plan.year, key: period }),
      reportId: originalDoc?.id ?? null,
    })
    data.documentNumber = issued.number
    data.documentVersion = issued.version
    data.documentIssuedAt = issued.issuedAt
  }
  return data
}
