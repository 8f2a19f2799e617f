import type { Endpoint } from 'payload'

import { requireUser, routeParam, searchParams } from '@/platform/http'
import { languageOf } from '@/platform/i18n/catalog'
import { slugs } from '@/platform/slugs'
import { spreadsheetResponse } from '@/platform/spreadsheet'
import { audit } from '@/modules/organisation'
import { scorecardTable } from '@/modules/campaigns/compliance/exportScorecard'
import { scorecardFor, scorecardJsonFor } from '@/modules/campaigns/compliance/scorecardCache'
import { documentFileName } from '@/modules/campaigns/domain/officialDocument'
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
    return spreadsheetResponse(scorecardTable(card, languageOf(req.i18n?.language)), {
      name: `chi-tieu-${card.plan.id}-${card.period.key}`,
      format: query.get('format'),
      sheetName: card.period.label,
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
