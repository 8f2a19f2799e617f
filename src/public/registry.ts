import type { Payload } from 'payload'

import type { PublicResponse, PublicRoute } from './types'

/** Every public route. Each area adds its list here (one import, one spread). */
export const publicRoutes: PublicRoute[] = []

/** The route serving `pathname`, exact paths before prefixes. */
export const matchPublicRoute = (pathname: string): PublicRoute | undefined =>
  publicRoutes.find((route) => route.path === pathname) ??
  publicRoutes.find((route) => route.path.endsWith('/*') && pathname.startsWith(route.path.slice(0, -1)))

const notFound = (): PublicResponse => ({
  status: 404,
  headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  body: JSON.stringify({ message: 'Không tìm thấy. / Not found.' }),
})

/** Runs the matching route for a Fetch API request (used by the Next route handlers). */
export const dispatchPublic = async (payload: Payload, request: Request): Promise<Response> => {
  const url = new URL(request.url)
  const route = matchPublicRoute(url.pathname)
  const result = route ? await route.handler({ payload, url, method: request.method, headers: request.headers }) : notFound()
  return new Response(result.status === 304 ? null : (result.body as BodyInit), { status: result.status, headers: result.headers })
}
