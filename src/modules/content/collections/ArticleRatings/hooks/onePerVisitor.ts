import { createHash } from 'node:crypto'

import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'

import type { ArticleRating } from '@/payload-types'
import { asSystem } from '@/platform/access/asUser'
import { relationId } from '@/platform/fields/relationId'
import { slugs } from '@/platform/slugs'
import { refused } from '@/modules/content/i18n'

/** The browser's visitor id is not a stored field, so take it from the request before Payload drops it. */
export const captureVisitorId: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const data = (args as { data?: Record<string, unknown> }).data
  if (operation === 'create' && typeof data?.visitorId === 'string')
    req.context.visitorId = data.visitorId
  return args
}

/**
 * One rating per visitor and article: the visitor is their hashed address, and the pair is stored
 * as a unique key so even racing requests fail.
 */
export const onePerVisitor: CollectionBeforeChangeHook<ArticleRating> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const score = data.score
  if (typeof score !== 'number' || !Number.isInteger(score) || score < 1 || score > 5)
    throw refused(req, 'rating.scoreInvalid')
  // A reader from the public is their real address (the edge decides it, honouring TRUST_PROXY):
  // an id the browser chooses can be changed at will, so it never decides. Staff and system work
  // (the seed) may name visitors.
  const visitorId = typeof req.context.visitorId === 'string' ? req.context.visitorId.trim() : ''
  const visitor =
    typeof req.context.submitterKey === 'string'
      ? `a:${req.context.submitterKey}`
      : visitorId
        ? `v:${visitorId.slice(0, 100)}`
        : 'staff'
  data.visitorKey = createHash('sha256')
    .update(`${req.payload.secret}:${relationId(data.article)}:${visitor}`)
    .digest('hex')
  // A system read: single ratings are not readable through the API.
  const { totalDocs } = await asSystem(req).count({
    collection: slugs.ratings,
    where: { visitorKey: { equals: data.visitorKey } },
  })
  if (totalDocs > 0) throw refused(req, 'rating.duplicate', undefined, 409)
  return data
}
