import type { Endpoint, PayloadRequest } from 'payload'

import { asUser } from '@/platform/access/asUser'
import { relationId } from '@/platform/fields/relationId'

import { requireUser, routeParam, searchParams } from '@/platform/http'
import { languageOf } from '@/platform/i18n/catalog'
import { slugs } from '@/platform/slugs'
import { spreadsheetResponse } from '@/platform/spreadsheet'
import { audit } from '@/modules/organisation'
import {
  scorecardTable,
  scorecardWorkbook,
  type ReportSent,
} from '@/modules/campaigns/compliance/exportScorecard'
import type { Scorecard } from '@/modules/campaigns/compliance/scorecard'
import { scorecardFor, scorecardJsonFor } from '@/modules/campaigns/compliance/scorecardCache'
import { documentFileName } from '@/modules/campaigns/domain/officialDocument'
import { parsePeriod } from '@/modules/campaigns/domain/periods'
import { planReportDocument } from '@/modules/campaigns/documents/planReport'
import { documentFormat, documentResponse } from '@/modules/campaigns/documents/respond'

/**
 * `GET /api/campaign-plans/:id/compliance?period=2026-Q1&unit=…&view=then|today`: the scorecard as
 * JSON, as organised in the period (default; kept per plan and period, see scorecardCache) or
 * mapped to today's units.
 */
export const complianceEndpoint: Endpoint = {
  path: '/:id/compliance',
  method: 'get',
  handler: async (req) => {
    const query = searchParams(req)
    const json = await scorecardJsonFor(
      req,
      routeParam(req, 'id'),
      query.get('period'),
      query.get('unit'),
      { view: query.get('view') },
    )
    // The kept card's own bytes when the caller sees all of it: serialising a large card anew would
    // cost more than everything else an open does. (A view of the bytes, not a copy; Buffer.from of
    // a string is backed by a plain ArrayBuffer.)
    return new Response(
      new Uint8Array(json.buffer as ArrayBuffer, json.byteOffset, json.byteLength),
      {
        headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
      },
    )
  },
}

/** When each unit's report of the card's period went out: the reports the caller may read. */
const reportsSent = async (
  req: PayloadRequest,
  card: Scorecard,
): Promise<Map<string, ReportSent>> => {
  const period = parsePeriod(card.period.key)
  if (!period) return new Map()
  const { docs } = await asUser(req).find({
    collection: slugs.unitReports,
    where: {
      and: [
        { plan: { equals: card.plan.id } },
        { year: { equals: period.year } },
        { period: { equals: period.key } },
      ],
    },
    pagination: false,
    depth: 0,
    select: { unit: true, firstSubmittedAt: true, late: true },
  })
  return new Map(
    docs.map((r) => [
      String(relationId(r.unit)),
      {
        firstSubmittedAt: r.firstSubmittedAt ? new Date(r.firstSubmittedAt) : null,
        late: Boolean(r.late),
      },
    ]),
  )
}

/** `GET /api/campaign-plans/:id/compliance/export?format=xlsx|csv&period=…`: the same, for spreadsheets. */
export const complianceExportEndpoint: Endpoint = {
  path: '/:id/compliance/export',
  method: 'get',
  handler: async (req) => {
    const query = searchParams(req)
    const card = await scorecardFor(
      req,
      routeParam(req, 'id'),
      query.get('period'),
      query.get('unit'),
    )
    await audit(req, {
      action: 'export.downloaded',
      collection: slugs.campaignPlans,
      documentId: card.plan.id,
      summary: {
        export: 'compliance',
        period: card.period.key,
        format: query.get('format') ?? 'xlsx',
      },
    })
    const language = languageOf(req.i18n?.language)
    const format = query.get('format')
    const sent = format === 'csv' ? new Map() : await reportsSent(req, card)
    return spreadsheetResponse(scorecardTable(card, language), {
      name: `chi-tieu-${card.plan.id}-${card.period.key}`,
      format,
      sheetName: card.period.label,
      workbook: () => scorecardWorkbook(card, language, sent),
    })
  },
}

/**
 * `GET /api/campaign-plans/:id/document?period=2026-Q1&format=docx|pdf`: the consolidated report of
 * the plan's issuing body for a period, in the Decree 30 layout, from the scorecard the caller sees.
 */
export const planDocumentEndpoint: Endpoint = {
  path: '/:id/document',
  method: 'get',
  handler: async (req) => {
    requireUser(req)
    const query = searchParams(req)
    const format = documentFormat(req, query.get('format'))
    const { document, periodKey, planNumber } = await planReportDocument(
      req,
      routeParam(req, 'id'),
      query.get('period'),
    )
    return documentResponse(
      document,
      format,
      documentFileName(['bao-cao-tong-hop', planNumber, periodKey], format),
    )
  },
}
