import type { CollectionAfterChangeHook } from 'payload'

import type { UnitReport } from '@/payload-types'
import { isQuiet } from '@/platform/context'
import { relationId } from '@/platform/fields/relationId'
import { slugs } from '@/platform/slugs'
import { audit, type AuditAction } from '@/modules/organisation'

/** Which audit action a change of a report's status is. */
const actionFor = (from: string | null | undefined, to: string): AuditAction | null => {
  if (from === to) return null
  if (to === 'submitted') return 'report.submitted'
  if (to === 'returned') return 'report.returned'
  if (to === 'approved') return 'report.approved'
  if (to === 'draft' && from) return 'report.reopened'
  return null
}

/** afterChange: a report submitted, returned, approved or reopened is written to the audit log. */
export const auditReportDecisions: CollectionAfterChangeHook<UnitReport> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (isQuiet(req)) return doc
  // Reopening a report past its deadline leaves its status as it was: the flag tells it.
  const reopening = operation === 'update' && doc.reopened === true && !previousDoc?.reopened
  const action =
    actionFor(operation === 'create' ? null : previousDoc?.status, doc.status) ??
    (reopening ? 'report.reopened' : null)
  if (action)
    await audit(req, {
      action,
      collection: slugs.unitReports,
      documentId: doc.id,
      unit: relationId(doc.unit),
      summary: {
        status: { before: operation === 'create' ? null : previousDoc?.status, after: doc.status },
        key: doc.key,
        ...(doc.returnReason ? { reason: doc.returnReason } : {}),
      },
    })
  return doc
}
