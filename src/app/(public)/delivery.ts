import config from '@payload-config'
import { getPayload } from 'payload'
import { dispatchPublic } from '@/modules/delivery'

/**
 * The route handlers of every path the framework-free public routes serve (src/modules/delivery):
 * each route file re-exports them, so each path says only which of those routes it is.
 */
export const GET = async (request: Request): Promise<Response> =>
  dispatchPublic(await getPayload({ config }), request)
// CORS preflights from portals get the same delivery layer (Next would answer them without CORS headers).
export const OPTIONS = GET
// Other methods are refused by the delivery layer too (405 with Allow and its bilingual text);
// without these exports Next would answer them with an empty 405.
export const POST = GET
export const PUT = GET
export const PATCH = GET
export const DELETE = GET
