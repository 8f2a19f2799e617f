import type { Endpoint } from 'payload'

import { scorecardCsv, scorecardXlsx } from '../../../compliance/exportScorecard'
import { buildScorecard } from '../../../compliance/scorecard'

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
    const name = `chi-tieu-${card.plan.id}-${card.period.key}`
    if (query.get('format') === 'csv') {
      return new Response(scorecardCsv(card, language), {
        headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.csv"` },
      })
    }
    return new Response(new Uint8Array(await scorecardXlsx(card, language)), {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="${name}.xlsx"`,
      },
    })
  },
}
