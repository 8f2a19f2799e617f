import { addDataAndFileToRequest, type Endpoint } from 'payload'

import { requireRole, searchParams } from '@/platform/http'

import { t } from '@/modules/organisation/i18n'
import { importUnitsFromCsv } from '@/modules/organisation/collections/Units/importUnits'

/**
 * `POST /api/units/import` with a CSV file (multipart field `file`, or a `text/csv` body), admins
 * only. `?dryRun=1` only checks the file. Answers 200 with what was imported, or 400 with every problem.
 */
export const importUnitsEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    requireRole(req, 'admin')
    const contentType = req.headers.get('content-type') ?? ''
    let text: string | undefined
    if (contentType.startsWith('multipart/form-data')) {
      await addDataAndFileToRequest(req)
      text = req.file?.data?.toString('utf8')
    } else if (req.text) {
      text = await req.text()
    }
    if (!text?.trim())
      return Response.json(
        { ok: false, problems: [{ line: null, message: t(req, 'csv.noFile') }] },
        { status: 400 },
      )

    const dryRun = ['1', 'true'].includes(searchParams(req).get('dryRun') ?? '')
    const outcome = await importUnitsFromCsv(req, text, dryRun)
    return Response.json(outcome, { status: outcome.ok ? 200 : 400 })
  },
}
