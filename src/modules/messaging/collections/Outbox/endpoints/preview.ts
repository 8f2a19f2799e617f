import type { Endpoint } from 'payload'

import { resolveServerUrl } from '@/platform/config/env'
import { asUser } from '@/platform/access/asUser'
import { requireRole, routeParam } from '@/platform/http'
import { slugs } from '@/platform/slugs'
import { refused } from '@/modules/messaging/i18n'
import { WEBHOOK_TEMPLATE } from '@/modules/messaging/outbox'
import { renderMail } from '@/modules/messaging/templates'

/**
 * The mail a message sends, rendered as it would be now (subject, HTML and plain text), for the
 * admin's preview. Images the mail carries as attachments are not drawn. A webhook event has no
 * mail: its payload is shown as text.
 */
export const previewEndpoint: Endpoint = {
  path: '/:id/preview',
  method: 'get',
  handler: async (req) => {
    requireRole(req, 'admin')
    // Read as the admin who asked (admins read the outbox).
    const message = await asUser(req).findByID({
      collection: slugs.outbox,
      id: routeParam(req, 'id'),
      depth: 0,
      disableErrors: true,
    })
    if (!message) throw refused(req, 'outbox.notFound', undefined, 404)
    if (message.channel === 'webhook' || message.template === WEBHOOK_TEMPLATE)
      return Response.json({
        subject: message.subject ?? null,
        html: null,
        text: JSON.stringify(message.data ?? null, null, 2),
      })
    try {
      const mail = await renderMail(
        req.payload,
        message.template,
        message.data,
        message.language,
        resolveServerUrl(process.env),
        { attachments: false },
      )
      return Response.json({ subject: mail.subject, html: mail.html, text: mail.text })
    } catch {
      // A template removed since the message was queued, or data it no longer reads.
      throw refused(req, 'outbox.previewUnavailable', undefined, 409)
    }
  },
}
