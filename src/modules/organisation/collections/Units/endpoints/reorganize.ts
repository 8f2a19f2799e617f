import type { Endpoint } from 'payload'

import { requireRole, searchParams } from '@/platform/http'

import { refused } from '@/modules/organisation/i18n'
import { reorganiseUnits } from '@/modules/organisation/collections/Units/reorganize'

/**
 * `POST /api/units/reorganize`, admins only, with JSON `{ kind: "merge" | "split" | "rename" |
 * "move", sources: [codes], targets: [{ name, code, level, type, parent, officialCode }],
 * effectiveDate: "YYYY-MM-DD", dryRun, assign }` (`assign`: where each thing goes in a split, e.g.
 * `{ "default": "HT-A", "users": { "a@x.vn": "HT-B" } }`). `dryRun` (or `?dryRun=1`) only lists
 * what would move. Answers 200 with what was (or would be) done, or 400 with every problem and
 * nothing changed.
 */
export const reorganizeEndpoint: Endpoint = {
  path: '/reorganize',
  method: 'post',
  handler: async (req) => {
    requireRole(req, 'admin')
    let body: unknown
    try {
      body = req.json ? await req.json() : null
    } catch {
      throw refused(req, 'reorg.badBody')
    }
    if (!body || typeof body !== 'object' || Array.isArray(body))
      throw refused(req, 'reorg.badBody')
    const fields = body as Record<string, unknown>
    const dryRun =
      fields.dryRun === true ||
      fields.dryRun === 'true' ||
      ['1', 'true'].includes(searchParams(req).get('dryRun') ?? '')
    return Response.json(await reorganiseUnits(req, fields, { dryRun }))
  },
}
