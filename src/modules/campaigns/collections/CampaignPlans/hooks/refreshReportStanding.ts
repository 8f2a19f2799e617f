import type { CollectionAfterChangeHook } from 'payload'

import type { CampaignPlan, UnitReport } from '@/payload-types'
import { slugs } from '@/platform/slugs'
import { reportStanding } from '@/modules/campaigns/compliance/periodWindows'

/** The settings a report's stored window and late flag follow. */
const standingInputs = (plan: Partial<CampaignPlan> | null | undefined) =>
  JSON.stringify([plan?.year, plan?.periods ?? null, plan?.reportDeadlines ?? []])

/**
 * When a plan changes how it counts its periods (basis, window start, deadlines, grace), its
 * reports' stored windows and late flags are worked out again. Written below the Local API: they
 * are derived fields, and a report's own hooks (its lock, its workflow) have no say over them.
 */
export const refreshReportStanding: CollectionAfterChangeHook<CampaignPlan> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || standingInputs(doc) === standingInputs(previousDoc)) return doc
  const { docs } = await req.payload.db.find({
    collection: slugs.unitReports,
    where: { plan: { equals: doc.id } },
    limit: 0,
    pagination: false,
    select: { period: true, firstSubmittedAt: true, periodWindow: true, late: true },
    req,
  })
  // The adapter's rows are untyped; these are the selected fields of the generated type.
  for (const report of docs as unknown as Pick<
    UnitReport,
    'id' | 'period' | 'firstSubmittedAt' | 'periodWindow' | 'late'
  >[]) {
    const standing = reportStanding(doc, report)
    if (standing.periodWindow === report.periodWindow && standing.late === Boolean(report.late))
      continue
    await req.payload.db.updateOne({
      collection: slugs.unitReports,
      id: report.id,
      data: standing,
      req,
    })
  }
  return doc
}
