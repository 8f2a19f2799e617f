import config from '@payload-config'
import { getPayload } from 'payload'
import { dispatchPublic } from '@/modules/delivery'

/** /feeds/…: RSS, Atom, JSON Feed and iCalendar, served by the framework-free public routes. */
export const GET = async (request: Request): Promise<Response> =>
  dispatchPublic(await getPayload({ config }), request)
// CORS preflights from portals get the same delivery layer (Next would answer them without CORS headers).
export const OPTIONS = GET
