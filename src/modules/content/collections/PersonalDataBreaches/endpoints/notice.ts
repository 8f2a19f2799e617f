import type { Endpoint, PayloadRequest } from 'payload'

import type { Unit } from '@/payload-types'
import { asSystem, asUser } from '@/platform/access/asUser'
import { documentFileName, issuerSymbol, placeName } from '@/platform/documents/layout'
import { documentResponse, parseDocumentFormat } from '@/platform/documents/respond'
import { relationId } from '@/platform/fields/relationId'
import { requireRole, routeParam, searchParams } from '@/platform/http'
import { slugs } from '@/platform/slugs'
import { breachNotice } from '@/modules/content/domain/breach'
import { refused } from '@/modules/content/i18n'

/**
 * The body the notification is issued by: the breach's notifying unit, else the top of the unit
 * tree (the province). System reads: an admin asked, and the names are printed on the letter.
 */
const issuerOf = async (req: PayloadRequest, unitId: number | string | null) => {
  const system = asSystem(req)
  const byId = async (id: unknown): Promise<Unit | null> => {
    const value = relationId(id)
    return value === null
      ? null
      : system.findByID({ collection: slugs.units, id: value, depth: 0, disableErrors: true })
  }
  let unit = await byId(unitId)
  if (!unit) {
    const { docs } = await system.find({
      collection: slugs.units,
      where: { parent: { exists: false } },
      sort: 'createdAt',
      limit: 1,
      depth: 0,
    })
    unit = docs[0] ?? null
  }
  if (!unit) return { parentBody: null, body: 'Cơ quan', symbol: 'CQ', place: '' }
  const parent = await byId(unit.parent)
  let province = unit
  for (let up = parent, n = 0; up && n < 10; n++) {
    province = up
    up = await byId(up.parent)
  }
  return {
    parentBody: parent?.name ?? null,
    body: unit.name,
    symbol: issuerSymbol(unit.name, unit.documentSymbol),
    place: placeName(unit.name, province.name, unit.level === 'commune'),
  }
}

/**
 * `GET /api/personal-data-breaches/:id/notification?format=docx|pdf` (docx when not given): the
 * 72-hour notification to the authority (A05, Ministry of Public Security), filled from the breach,
 * as a Decree 30 letter. Admins only, like the register.
 */
export const breachNoticeEndpoint: Endpoint = {
  path: '/:id/notification',
  method: 'get',
  handler: async (req) => {
    requireRole(req, 'admin')
    const asked = searchParams(req).get('format')
    const format = parseDocumentFormat(asked ?? 'docx')
    if (!format) throw refused(req, 'breach.badFormat', { format: asked ?? '' })
    const breach = await asUser(req)
      .findByID({
        collection: slugs.personalDataBreaches,
        id: routeParam(req, 'id'),
        depth: 0,
        disableErrors: true,
      })
      .catch(() => null)
    if (!breach) throw refused(req, 'breach.notFound', undefined, 404)
    const issuer = await issuerOf(req, relationId(breach.reportingUnit))
    const document = breachNotice(breach, issuer, new Date())
    return documentResponse(
      document,
      format,
      documentFileName(['thong-bao-vi-pham-du-lieu-ca-nhan', String(breach.id)], format),
    )
  },
}
