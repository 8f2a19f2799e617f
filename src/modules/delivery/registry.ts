import type { Payload } from 'payload'
import { publicApiRoutes } from './api'
import { calendarRoutes } from './calendar/routes'
import { deliver, fromFetchRequest, toFetchResponse } from './cache/deliver'
import { privacyRoutes } from './privacy/routes'
import type { PublicRoute } from './types'
import { widgetRoutes } from './widget/routes'

/** Every public route. Each area adds its list here (one import, one spread). */
export const publicRoutes: PublicRoute[] = [
  ...calendarRoutes,
  ...widgetRoutes,
  ...privacyRoutes,
  ...publicApiRoutes,
]

/** The route serving `pathname`, exact paths before prefixes. */
export const matchPublicRoute = (pathname: string): PublicRoute | undefined =>
  publicRoutes.find((route) => route.path === pathname) ??
  publicRoutes.find(
    (route) => route.path.endsWith('/*') && pathname.startsWith(route.path.slice(0, -1)),
  )

/**
 * Runs the matching route for a Fetch API request (the Next route handlers) through the delivery
 * layer: cache, ETag/304, Cache-Control, CORS and API keys. The fast server uses the same layer.
 */
export const dispatchPublic = async (payload: Payload, request: Request): Promise<Response> =>
  toFetchResponse(
    request.method,
    await deliver(payload, fromFetchRequest(request), matchPublicRoute),
  )
