import type { Endpoint, Where } from 'payload'

import { asUser } from '@/platform/access/asUser'
import { requireRole, searchParams } from '@/platform/http'
import { slugs } from '@/platform/slugs'
import { audit } from '@/modules/organisation/audit'
import { auditActions, auditCsv, auditJsonLines } from '@/modules/organisation/domain/audit'
import { refused } from '@/modules/organisation/i18n'

/** The most entries one export carries (narrow the dates for more). */
const EXPORT_LIMIT = 50_000

const instant = (value: string | null, name: string): string | null => {
  if (!value) return null
  const time = Date.parse(value)
  if (Number.isNaN(time)) throw name
  return new Date(time).toISOString()
}

/**
 * `GET /api/audit-log/export?format=csv|jsonl&action=…&actor=…&from=…&to=…`: the entries the caller
 * may read (admins all, viewers their subtree), oldest first, as CSV or JSON Lines. The export is
 * itself recorded.
 */
export const exportAuditLog: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    requireRole(req, 'admin', 'viewer')
    const params = searchParams(req)
    const format = params.get('format') ?? 'csv'
    if (format !== 'csv' && format !== 'jsonl')
      throw refused(req, 'audit.badFormat', { value: format })
    const action = params.get('action')
    if (action && !(auditActions as readonly string[]).includes(action))
      throw refused(req, 'audit.badAction', { value: action })
    let from: string | null
    let to: string | null
    try {
      from = instant(params.get('from'), 'from')
      to = instant(params.get('to'), 'to')
    } catch (name) {
      throw refused(req, 'audit.badDate', {
        name: String(name),
        value: params.get(String(name)) ?? '',
      })
    }
    const and: Where[] = []
    if (action) and.push({ action: { equals: action } })
    const actor = params.get('actor')?.trim()
    if (actor) and.push({ actorEmail: { like: actor.toLowerCase() } })
    if (from) and.push({ at: { greater_than_equal: from } })
    if (to) and.push({ at: { less_than_equal: to } })
    const { docs } = await asUser(req).find({
      collection: slugs.auditLog,
      where: and.length ? { and } : {},
      sort: 'at',
      limit: EXPORT_LIMIT,
      depth: 0,
    })
    await audit(req, {
      action: 'export.downloaded',
      collection: slugs.auditLog,
      summary: { format, entries: docs.length, action, actor, from, to },
    })
    const day = new Date().toISOString().slice(0, 10)
    const body = format === 'csv' ? `\uFEFF${auditCsv(docs)}` : auditJsonLines(docs)
    return new Response(body, {
      headers: {
        'Content-Type':
          format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
        'Content-Disposition': `attachment; filename="nhat-ky-${day}.${format === 'csv' ? 'csv' : 'jsonl'}"`,
      },
    })
  },
}
