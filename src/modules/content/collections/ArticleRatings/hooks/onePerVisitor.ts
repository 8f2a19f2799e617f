import { createHash } from 'node:crypto'

import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook } from 'payload'

import { slugs } from '@/platform/slugs'
import { relationId } from '@/platform/fields/relationId'
import { t } from '@/platform/i18n/request'

/** The browser's visitor id is not a stored field, so take it from the request before Payload drops it. */
export const captureVisitorId: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const data = (args as { data?: Record<string, unknown> }).data
  if (operation === 'create' && typeof data?.visitorId === 'string') req.context.visitorId = data.visitorId
  return args
}

/**
 * One rating per visitor and article: the visitor is the random id their browser keeps (or, without
 * one, their hashed address), and the pair is stored as a unique key so even racing requests fail.
 */
export const onePerVisitor: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const score = data.score
  if (!Number.isInteger(score) || score < 1 || score > 5) throw new APIError(t(req, 'rating.scoreInvalid'), 400, undefined, true)
  const visitorId = typeof req.context.visitorId === 'string' ? req.context.visitorId.trim() : ''
  const visitor = visitorId ? `v:${visitorId.slice(0, 100)}` : `a:${req.context.submitterKey ?? 'staff'}`
  data.visitorKey = createHash('sha256').update(`${req.payload.secret}:${relationId(data.article)}:${visitor}`).digest('hex')
  const { totalDocs } = await req.payload.count({ collection: slugs.ratings, where: { visitorKey: { equals: data.visitorKey } }, overrideAccess: true, req })
  if (totalDocs > 0) throw new APIError(t(req, 'rating.duplicate'), 409, undefined, true)
  return data
}
