import { addDataAndFileToRequest, type Endpoint } from 'payload'

import { requireRole, searchParams } from '@/platform/http'

import { t } from '@/modules/organisation/i18n'
import {
  importTemplate,
  importUnitsFromCsv,
} from '@/modules/organisation/collections/Units/importUnits'

const yes = (value: unknown) =>
  ['1', 'true', 'on', 'yes'].includes(String(value ?? '').toLowerCase())

/**
 * `POST /api/units/import` with a CSV file (multipart field `file`, or the file as the body), admins
 * only. `?dryRun=1` only checks the file; `?updateExisting=1` (or the form field `updateExisting`)
 * updates units whose code exists instead of refusing them. Answers 400 with every problem (nothing
 * written), 200 with what a dry run would do, or 202 with the queued import to follow at
 * `GET /api/unit-imports/:id` (status, processed of total).
 */
export const importUnitsEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    requireRole(req, 'admin')
    const contentType = req.headers.get('content-type') ?? ''
    let bytes: Uint8Array | undefined
    let fileName: string | undefined
    let formUpdate: unknown
    if (contentType.startsWith('multipart/form-data')) {
      await addDataAndFileToRequest(req)
      bytes = req.file?.data
      fileName = req.file?.name
      formUpdate = (req.data as Record<string, unknown> | undefined)?.updateExisting
    } else if (req.arrayBuffer) {
      bytes = new Uint8Array(await req.arrayBuffer())
    }
    if (!bytes || bytes.length === 0)
      return Response.json(
        { ok: false, problems: [{ line: null, message: t(req, 'csv.noFile') }] },
        { status: 400 },
      )

    const query = searchParams(req)
    const outcome = await importUnitsFromCsv(req, bytes, {
      dryRun: yes(query.get('dryRun')),
      updateExisting: yes(query.get('updateExisting')) || yes(formUpdate),
      fileName,
    })
    return Response.json(outcome, { status: !outcome.ok ? 400 : outcome.importId ? 202 : 200 })
  },
}

/** `GET /api/units/import/template`: a CSV template (UTF-8 with BOM, Vietnamese headers). */
export const importTemplateEndpoint: Endpoint = {
  path: '/import/template',
  method: 'get',
  handler: async (req) => {
    requireRole(req, 'admin')
    return new Response(importTemplate(), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="mau-danh-sach-don-vi.csv"',
        'Cache-Control': 'no-store',
      },
    })
  },
}
