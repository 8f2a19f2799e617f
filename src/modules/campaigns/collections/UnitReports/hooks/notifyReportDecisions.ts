import type { CollectionAfterChangeHook } from 'payload'

import type { UnitReport } from '@/payload-types'
import { asSystem } from '@/platform/access/asUser'
import { isQuiet } from '@/platform/context'
import { relationId } from '@/platform/fields/relationId'
import { slugs } from '@/platform/slugs'
import { notify, reportEvent } from '@/modules/messaging'
import { isPeriodKey, periodLabel } from '@/modules/campaigns/domain/periods'

/**
 * afterChange on unit reports: a submission tells the reviewers of the report's unit and the units
 * above it; a return (with its reason) or an approval tells the unit's reporters and editors. Keyed
 * on the change of status itself, whatever path (form, action button, API) made it.
 */
export const notifyReportDecisions: CollectionAfterChangeHook<UnitReport> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (isQuiet(req)) return doc
  const kind = reportEvent(operation === 'create' ? null : previousDoc?.status, doc.status)
  const unit = relationId(doc.unit)
  if (!kind || unit === null) return doc
  // System reads: the title names the unit, the period and the plan whoever may read them.
  const system = asSystem(req)
  const [unitDoc, plan] = await Promise.all([
    system.findByID({
      collection: slugs.units,
      id: unit,
      depth: 0,
      disableErrors: true,
      select: { name: true },
    }),
    relationId(doc.plan) === null
      ? null
      : system.findByID({
          collection: slugs.campaignPlans,
          id: relationId(doc.plan)!,
          depth: 0,
          disableErrors: true,
          select: { number: true },
        }),
  ])
  const period =
    doc.year && isPeriodKey(doc.period) ? periodLabel({ year: doc.year, key: doc.period }) : ''
  // "UBND xã A1 – Quý IV/2026 (Số 07/KH-TB)"
  const named = [unitDoc?.name, period].filter(Boolean).join(' – ')
  const title = plan?.number ? `${named} (${plan.number})` : named
  await notify(req, {
    kind,
    to: kind === 'reportSubmitted' ? { reviewersOf: unit } : { staffOf: unit },
    collection: slugs.unitReports,
    docId: doc.id,
    version: doc.updatedAt,
    title: title || String(doc.id),
    note: kind === 'reportReturned' ? doc.returnReason : null,
    unit,
  })
  return doc
}
