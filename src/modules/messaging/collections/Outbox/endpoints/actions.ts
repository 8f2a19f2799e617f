import type { Endpoint } from 'payload'

import { asSystem } from '@/platform/access/asUser'
import { requireRole, routeParam } from '@/platform/http'
import { slugs } from '@/platform/slugs'
import { refused, t } from '@/modules/messaging/i18n'
import type { OutboxState } from '@/modules/messaging/states'

/**
 * Admin actions on one outbox message. The state check and the change are one conditional update
 * (`where` on id and state), so an action cannot undo a send that finished meanwhile.
 */
const action = (path: 'retry' | 'cancel', from: OutboxState[], to: OutboxState): Endpoint => ({
  path: `/:id/${path}`,
  method: 'post',
  handler: async (req) => {
    requireRole(req, 'admin')
    // Admin-only actions checked above; the collection itself refuses every update to keep its
    // states consistent, so the change is made as the system.
    const system = asSystem(req)
    const existing = await system.findByID({
      collection: slugs.outbox,
      id: routeParam(req, 'id'),
      depth: 0,
      disableErrors: true,
    })
    if (!existing) throw refused(req, 'outbox.notFound', undefined, 404)
    const { docs } = await system.update({
      collection: slugs.outbox,
      where: { and: [{ id: { equals: existing.id } }, { state: { in: from } }] },
      data:
        to === 'pending'
          ? {
              state: to,
              nextAttemptAt: new Date().toISOString(),
              lastError: null,
              leaseUntil: null,
            }
          : { state: to, leaseUntil: null },
      depth: 0,
    })
    if (docs.length === 0) {
      // The state it is in now (it may have changed since it was read).
      const current = await system.findByID({
        collection: slugs.outbox,
        id: existing.id,
        depth: 0,
        disableErrors: true,
      })
      const state = (current ?? existing).state
      throw refused(
        req,
        path === 'retry' ? 'outbox.cannotRetry' : 'outbox.cannotCancel',
        { state: t(req, `outbox.state.${state}`) },
        409,
      )
    }
    return Response.json({
      message: t(req, path === 'retry' ? 'outbox.retried' : 'outbox.cancelled'),
      doc: docs[0],
    })
  },
})

export const retryEndpoint = action('retry', ['failed', 'held', 'cancelled'], 'pending')
export const cancelEndpoint = action('cancel', ['pending', 'held', 'failed'], 'cancelled')
