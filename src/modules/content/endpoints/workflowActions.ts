import type { Endpoint, Payload, PayloadRequest } from 'payload'

import { asUser } from '@/platform/access/asUser'
import { jsonBody, requireUser, routeParam } from '@/platform/http'
import type { slugs } from '@/platform/slugs'
import {
  decideEditorialAction,
  isEditorialAction,
  type EditorialAction,
} from '@/modules/content/domain/workflow'
import { refused, t } from '@/modules/content/i18n'

type EditorialSlug = typeof slugs.articles | typeof slugs.faqs

/** What each action writes; `draft` saves leave the public version as it is. */
const changeFor = (
  action: EditorialAction,
  reason: string,
): { data: Record<string, unknown>; draft: boolean } => {
  switch (action) {
    case 'submit':
      return { data: { reviewStatus: 'inReview' }, draft: true }
    case 'return':
      return { data: { reviewStatus: 'returned', reviewComment: reason }, draft: true }
    case 'publish':
      return { data: { _status: 'published' }, draft: false }
    case 'unpublish':
      return { data: { _status: 'draft' }, draft: false }
  }
}

/**
 * `POST /api/<articles|faqs>/:id/actions/:action` with an optional JSON `{ reason }`: one step of
 * the editorial workflow (submit, return, publish, unpublish), as the buttons offer it. The same
 * rule decides the buttons and this endpoint; the write goes through the ordinary update as the
 * user, so the workflow hook guards it and afterChange hooks (webhooks, notices) fire.
 */
export const editorialActionEndpoint = (slug: EditorialSlug): Endpoint => ({
  path: '/:id/actions/:action',
  method: 'post',
  handler: async (req) => {
    const user = requireUser(req)
    const action = routeParam(req, 'action')
    if (!isEditorialAction(action))
      throw refused(req, 'review.unknownAction', { action: action.slice(0, 40) }, 400)
    const body = await jsonBody(req)
    const reason = typeof body.reason === 'string' ? body.reason.trim() : ''
    const id = routeParam(req, 'id')
    // The latest version (a draft, if any) is what the reader sees and acts on; a document they may
    // not read is not found.
    const latest = await asUser(req)
      .findByID({ collection: slug, id, depth: 0, draft: true, disableErrors: true })
      .catch(() => null)
    if (!latest) throw refused(req, 'error.notFound', undefined, 404)
    const decision = decideEditorialAction({
      actor: user,
      action,
      state: latest.reviewStatus ?? 'draft',
      live: await isLive(req.payload, slug, latest.id, req),
    })
    if (!decision.ok) throw refused(req, `review.${decision.problem}`, undefined, 403)
    if (action === 'return' && !reason) throw refused(req, 'review.commentRequired', undefined, 400)
    const change = changeFor(action, reason)
    await asUser(req).update({ collection: slug, id: latest.id, ...change, depth: 0 })
    return Response.json({ message: t(req, `review.done.${action}`) })
  },
})

/**
 * Whether the stored (public) document is published, whatever later drafts say; the buttons and
 * the endpoint ask the same. Pass the request to read inside its transaction.
 */
export const isLive = async (
  payload: Payload,
  slug: EditorialSlug,
  id: number | string,
  req?: PayloadRequest,
): Promise<boolean> => {
  const stored = await payload.db.findOne<{ id: number | string; _status?: string }>({
    collection: slug,
    where: { id: { equals: id } },
    ...(req ? { req } : {}),
  })
  return stored?._status === 'published'
}
