import type { Endpoint, Payload, PayloadRequest } from 'payload'

import type { UnitReport } from '@/payload-types'

import { asSystem, asUser } from '@/platform/access/asUser'
import { relationId } from '@/platform/fields/relationId'
import { jsonBody, requireUser, routeParam } from '@/platform/http'
import { slugs } from '@/platform/slugs'
import { isPeriodKey } from '@/modules/campaigns/domain/periods'
import {
  decideReportAction,
  isLocked,
  isReportAction,
  reportActionChange,
} from '@/modules/campaigns/domain/reportWorkflow'
import { refused, t } from '@/modules/campaigns/i18n'
import { reportClosesAt } from '@/modules/campaigns/collections/UnitReports/hooks/reportWorkflow'

/**
 * `POST /api/unit-reports/:id/actions/:action` with an optional JSON `{ reason }`: one step of the
 * report workflow (submit, return, approve, reopen), as the buttons offer it. The same rule decides
 * the buttons and this endpoint; the write is an ordinary update as the user, so `enforceReportRules`
 * guards it and the audit (and any other afterChange hook) follows.
 */
export const reportActionEndpoint: Endpoint = {
  path: '/:id/actions/:action',
  method: 'post',
  handler: async (req) => {
    const user = requireUser(req)
    const action = routeParam(req, 'action')
    if (!isReportAction(action))
      throw refused(req, 'report.unknownAction', { action: action.slice(0, 40) }, 400)
    const body = await jsonBody(req)
    const reason = typeof body.reason === 'string' ? body.reason.trim() : ''
    // A report the user may not read is not found.
    const report = await asUser(req)
      .findByID({
        collection: slugs.unitReports,
        id: routeParam(req, 'id'),
        depth: 0,
        disableErrors: true,
      })
      .catch(() => null)
    if (!report) throw refused(req, 'error.notFound', undefined, 404)
    const locked = await reportLocked(req, report)
    const decision = decideReportAction({ actor: user, action, status: report.status, locked })
    if (!decision.ok) throw refused(req, `report.${decision.problem}`, undefined, 403)
    if (action === 'return' && !reason) throw refused(req, 'report.reasonRequired', undefined, 400)
    await asUser(req).update({
      collection: slugs.unitReports,
      id: report.id,
      data: reportActionChange(action, reason),
      depth: 0,
    })
    return Response.json({ message: t(req, `report.done.${action}`) })
  },
}

/** Whether the report is locked to its unit now (as the save hook will find it). */
export const reportLocked = async (
  req: Payload | PayloadRequest,
  report: Pick<UnitReport, 'plan' | 'period' | 'status' | 'reopened'>,
): Promise<boolean> => {
  const planId = relationId(report.plan)
  // System read: the plan's deadlines bind whoever acts on the report.
  const plan =
    planId === null
      ? null
      : await asSystem(req).findByID({
          collection: slugs.campaignPlans,
          id: planId,
          depth: 0,
          disableErrors: true,
        })
  return isLocked({
    status: report.status,
    deadline: plan && isPeriodKey(report.period) ? reportClosesAt(plan, report.period) : null,
    now: new Date(),
    reopened: Boolean(report.reopened),
  })
}
