import type { Endpoint } from 'payload'

import { scorecardTable } from '@/modules/campaigns/compliance/exportScorecard'
import { spreadsheetResponse } from '@/platform/spreadsheet'
import { buildScorecard } from '@/modules/campaigns/compliance/scorecard'

const params = (url: string | undefined) => new URL(url ?? 'http://x').searchParams

/** `GET /api/campaign-plans/:id/compliance?period=2026-Q1&unit=…`: the scorecard as JSON. */
export const complianceEndpoint: Endpoint = {
  path: '/:id/compliance',
  method: 'get',
  handler: async (req) => {
    const query = params(req.url)
    const card = await buildScorecard(req, req.routeParams?.id as string, query.get('period'), query.get('unit'))
    return Response.json(card, { headers: { 'Cache-Control': 'no-store' } })
  },
}

/** `GET /api/campaign-plans/:id/compliance/export?format=xlsx|csv&period=…`: the same, for spreadsheets. */
export const complianceExportEndpoint: Endpoint = {
  path: '/:id/compliance/export',
  method: 'get',
  handler: async (req) => {
    const query = params(req.url)
    const card = await buildScorecard(req, req.routeParams?.id as string, query.get('period'), query.get('unit'))
    const language = req.i18n?.language === 'en' ? 'en' : 'vi'
    return spreadsheetResponse(scorecardTable(card, language), { name: `chi-tieu-${card.plan.id}-${card.period.key}`, format: query.get('format'), sheetName: card.period.label })
  },
}
