import type { Endpoint } from 'payload'

import { requireUser, routeParam, searchParams } from '@/platform/http'
import { documentFileName } from '@/modules/campaigns/domain/officialDocument'
import { documentResponse, documentFormat } from '@/modules/campaigns/documents/respond'
import { unitReportDocument } from '@/modules/campaigns/documents/unitReport'

/**
 * `GET /api/unit-reports/:id/document?format=docx|pdf`: the report as the Decree 30 document its
 * unit sends, for whoever may read the report (another unit's report is not found).
 */
export const reportDocumentEndpoint: Endpoint = {
  path: '/:id/document',
  method: 'get',
  handler: async (req) => {
    requireUser(req)
    const format = documentFormat(req, searchParams(req).get('format'))
    const { document, report } = await unitReportDocument(req, routeParam(req, 'id'))
    const name = documentFileName(
      [
        'bao-cao',
        String(report.documentNumber ?? 'du-thao'),
        'BC',
        `${report.year}`,
        report.period,
      ],
      format,
    )
    return documentResponse(document, format, name)
  },
}
