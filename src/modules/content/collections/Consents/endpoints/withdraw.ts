import type { Endpoint } from 'payload'

import { jsonBody } from '@/platform/http'
import { t } from '@/modules/content/i18n'

import { withdrawConsent } from '@/modules/content/collections/Consents/withdrawConsent'

const FORM = 'application/x-www-form-urlencoded'

/**
 * `POST /api/personal-data-consents/withdraw` with `{ token }` (JSON), or the form of the
 * /privacy/withdraw page (which is then shown again, now saying the consent is withdrawn).
 */
export const withdrawEndpoint: Endpoint = {
  path: '/withdraw',
  method: 'post',
  handler: async (req) => {
    const type = (req.headers.get('content-type') ?? '').split(';', 1)[0]?.trim().toLowerCase()
    if (type === FORM) {
      const form = new URLSearchParams(req.text ? await req.text() : '')
      const token = form.get('token')
      await withdrawConsent(req, token)
      const lang = form.get('lang') === 'en' ? 'en' : 'vi'
      const page = `/privacy/withdraw?token=${encodeURIComponent(token ?? '')}&lang=${lang}`
      return new Response(null, { status: 303, headers: { Location: page } })
    }
    const body = await jsonBody(req)
    const { alreadyWithdrawn } = await withdrawConsent(
      req,
      typeof body.token === 'string' ? body.token : null,
    )
    return Response.json({
      message: t(req, alreadyWithdrawn ? 'consent.alreadyWithdrawn' : 'consent.withdrawn'),
    })
  },
}
