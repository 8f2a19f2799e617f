import type { Endpoint, PayloadRequest } from 'payload'

import { asSystem, asUser } from '@/platform/access/asUser'
import { requireRole, routeParam, searchParams } from '@/platform/http'
import { slugs } from '@/platform/slugs'
import { audit } from '@/modules/organisation'
import { contentEditorRoles } from '@/modules/content/domain/workflow'
import { refused, t } from '@/modules/content/i18n'
import {
  contactHash,
  contactOf,
  erasePersonalData,
  hasContact,
  personalDataExport,
  withdrawAllConsents,
  type Contact,
} from '@/modules/content/personalDataHeld'

/** The staff who answer citizens handle their requests (the same need to know as their contacts). */
const requireHandler = (req: PayloadRequest) => requireRole(req, 'admin', ...contentEditorRoles)

const requestOf = async (req: PayloadRequest) => {
  requireHandler(req)
  const id = routeParam(req, 'id')
  // Read as the handler: their access is what lets them see the request and its contact.
  const request = await asUser(req)
    .findByID({ collection: slugs.personalDataRequests, id, depth: 0, disableErrors: true })
    .catch(() => null)
  if (!request) throw refused(req, 'pdr.notFound', undefined, 404)
  return request
}

const contactOfRequest = (
  req: PayloadRequest,
  request: { email?: string | null; phone?: string | null; erasedAt?: string | null },
): Contact => {
  const contact = contactOf(request)
  if (request.erasedAt || !hasContact(contact))
    throw refused(req, 'pdr.alreadyErased', undefined, 409)
  return contact
}

const download = (body: unknown, name: string): Response =>
  new Response(JSON.stringify(body, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
    },
  })

/** `GET /api/personal-data-requests/:id/export`: everything held about the request's person, as JSON. */
export const exportEndpoint: Endpoint = {
  path: '/:id/export',
  method: 'get',
  handler: async (req) => {
    const request = await requestOf(req)
    const held = await personalDataExport(req, contactOfRequest(req, request))
    await audit(req, {
      action: 'personalDataRequest.exported',
      collection: slugs.personalDataRequests,
      documentId: request.id,
      summary: { kind: request.kind },
    })
    return download(held, `du-lieu-ca-nhan-yeu-cau-${request.id}.json`)
  },
}

/** `GET /api/personal-data-requests/export?email=…&phone=…`: the same by contact, for a request by letter. */
export const exportByContactEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    requireHandler(req)
    const query = searchParams(req)
    const contact = contactOf({ email: query.get('email'), phone: query.get('phone') })
    if (!hasContact(contact)) throw refused(req, 'pdr.contactRequired', undefined, 400)
    const held = await personalDataExport(req, contact)
    await audit(req, {
      action: 'personalDataRequest.exported',
      collection: slugs.personalDataRequests,
      // The contact itself stays out of the audit log: its keyed hash names whose data it was.
      summary: { contactHash: contactHash(req.payload.secret, contact) },
    })
    return download(held, 'du-lieu-ca-nhan.json')
  },
}

/**
 * `POST /api/personal-data-requests/:id/erase`: a deletion request carried out. Everything about the
 * person is deleted or anonymised (see `erasePersonalData`); the request stays as the proof, its
 * contact replaced by a hash, and is completed.
 */
export const eraseEndpoint: Endpoint = {
  path: '/:id/erase',
  method: 'post',
  handler: async (req) => {
    const request = await requestOf(req)
    if (request.kind !== 'deletion' && request.kind !== 'objection')
      throw refused(req, 'pdr.eraseNotAsked', undefined, 409)
    const contact = contactOfRequest(req, request)
    const summary = await erasePersonalData(req, contact, { requestId: request.id })
    const now = new Date().toISOString()
    // SYSTEM write: the contact hash and the erasure stamp are fields no person writes.
    await asSystem(req).update({
      collection: slugs.personalDataRequests,
      id: request.id,
      data: {
        name: null,
        email: null,
        phone: null,
        contactHash: contactHash(req.payload.secret, contact),
        erasedAt: now,
      },
      depth: 0,
    })
    await audit(req, {
      action: 'personalDataRequest.erased',
      collection: slugs.personalDataRequests,
      documentId: request.id,
      summary,
    })
    await complete(req, request)
    return Response.json({ message: t(req, 'pdr.erased'), summary })
  },
}

/**
 * `POST /api/personal-data-requests/:id/withdraw`: a withdrawal of consent, or an objection,
 * carried out: every consent the person gave is withdrawn as the mail's link does it.
 */
export const withdrawEndpoint: Endpoint = {
  path: '/:id/withdraw',
  method: 'post',
  handler: async (req) => {
    const request = await requestOf(req)
    if (request.kind !== 'withdrawal' && request.kind !== 'objection')
      throw refused(req, 'pdr.withdrawNotAsked', undefined, 409)
    const summary = await withdrawAllConsents(req, contactOfRequest(req, request))
    await audit(req, {
      action: 'personalDataRequest.withdrawn',
      collection: slugs.personalDataRequests,
      documentId: request.id,
      summary,
    })
    await complete(req, request)
    return Response.json({
      message: t(req, 'pdr.withdrawn', { count: summary.withdrawn }),
      summary,
    })
  },
}

/** Marks a request completed through the collection, so its hooks stamp and audit the step. */
const complete = async (req: PayloadRequest, request: { id: number; status: string }) => {
  if (request.status === 'completed' || request.status === 'refused') return
  // SYSTEM write on behalf of the handler checked above (req carries them as `handledBy`).
  await asSystem(req).update({
    collection: slugs.personalDataRequests,
    id: request.id,
    data: { status: 'completed' },
    depth: 0,
  })
}
