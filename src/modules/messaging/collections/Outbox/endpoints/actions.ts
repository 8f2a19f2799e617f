import type { Endpoint, PayloadRequest } from 'payload'

import { isAdminUser, type RoleHolder } from '@/platform/access/roles'
import { slugs } from '@/platform/slugs'
import { t } from '@/platform/i18n/request'
import type { OutboxState } from '@/modules/messaging/states'

/**
 * Admin actions on one outbox message. The state check and the change are one conditional update
 * (`where` on id and state), so an action cannot undo a send that finished meanwhile.
 */
const action = (path: 'retry' | 'cancel', from: OutboxState[], to: OutboxState): Endpoint => ({
  path: `/:id/${path}`,
  method: 'post',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return Response.json({ message: t(req, 'error.unauthenticated') }, { status: 401 })
    if (!isAdminUser(req.user as RoleHolder)) return Response.json({ message: t(req, 'error.forbidden') }, { status: 403 })
    const id = req.routeParams?.id as string
    // Admin-only actions checked above; the collection itself refuses every update to keep its
    // states consistent, so the change is made as the system.
    const existing = await req.payload.findByID({ collection: slugs.outbox, id, depth: 0, disableErrors: true, overrideAccess: true, req })
    if (!existing) return Response.json({ message: t(req, 'outbox.notFound') }, { status: 404 })
    const { docs } = await req.payload.update({
      collection: slugs.outbox,
      where: { and: [{ id: { equals: existing.id } }, { state: { in: from } }] },
      data: to === 'pending' ? { state: to, nextAttemptAt: new Date().toISOString(), lastError: null, leaseUntil: null } : { state: to, leaseUntil: null },
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (docs.length === 0) return Response.json({ message: t(req, path === 'retry' ? 'outbox.cannotRetry' : 'outbox.cannotCancel') }, { status: 409 })
    return Response.json({ message: t(req, path === 'retry' ? 'outbox.retried' : 'outbox.cancelled'), doc: docs[0] })
  },
})

export const retryEndpoint = action('retry', ['failed', 'held', 'cancelled'], 'pending')
export const cancelEndpoint = action('cancel', ['pending', 'held', 'failed'], 'cancelled')
