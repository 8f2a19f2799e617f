import config from '@payload-config'
import { getPayload } from 'payload'
import { dispatchPublic } from '@/modules/delivery'

/** /widget.js: the embeddable widget for unit portals, served by the framework-free public routes. */
export const GET = async (request: Request): Promise<Response> =>
  dispatchPublic(await getPayload({ config }), request)
// CORS preflights from portals get the same delivery layer (Next would answer them without CORS headers).
export const OPTIONS = GET
