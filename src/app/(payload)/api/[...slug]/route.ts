/* Payload's REST route (from its blank template), each handler wrapped by the platform's guard:
 * request ids, JSON bodies checked before Payload reads them, no bare 500 (src/platform/errors). */
import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { guardedRest } from '@/platform/errors/routes'

export const GET = guardedRest(REST_GET(config))
export const POST = guardedRest(REST_POST(config))
export const DELETE = guardedRest(REST_DELETE(config))
export const PATCH = guardedRest(REST_PATCH(config))
export const PUT = guardedRest(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
