import type { Payload, TypedUser } from 'payload'
import React from 'react'

import { WorkflowButtons } from '@/platform/admin/WorkflowButtons'
import { slugs } from '@/platform/slugs'
import { reportActions } from '@/modules/campaigns/domain/reportWorkflow'
import { translate } from '@/modules/campaigns/i18n'
import { reportLocked } from '@/modules/campaigns/collections/UnitReports/endpoints/actions'

type Props = {
  id?: number | string
  payload: Payload
  user?: TypedUser | null
  i18n: { language: string }
}

/**
 * A report's workflow buttons (server side, so the page shows what the workflow rule allows this
 * reader on the saved report, its lock included, and again after each step).
 */
export const ReportActions = async ({ id, payload, user, i18n }: Props) => {
  if (id === undefined || !user) return null
  const report = await payload.findByID({
    collection: slugs.unitReports,
    id,
    depth: 0,
    user,
    overrideAccess: false,
    disableErrors: true,
  })
  if (!report) return null
  const actions = reportActions({
    actor: user,
    status: report.status,
    locked: await reportLocked(payload, report),
  })
  const tr = (key: Parameters<typeof translate>[1]) => translate(i18n.language, key)
  return (
    <WorkflowButtons
      path={`${payload.config.routes.api}/${slugs.unitReports}/${id}/actions`}
      actions={actions.map((name) => ({
        name,
        label: tr(`report.action.${name}`),
        needsReason: name === 'return',
      }))}
      texts={{
        group: tr('report.actions'),
        saveFirst: tr('report.saveFirst'),
        dialogTitle: tr('report.returnDialog.title'),
        reason: tr('report.returnDialog.reason'),
        reasonRequired: tr('report.reasonRequired'),
        cancel: tr('report.returnDialog.cancel'),
      }}
    />
  )
}
