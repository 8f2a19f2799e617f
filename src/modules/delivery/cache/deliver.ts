import type { Payload } from 'payload'
import { slugs } from '@/platform/slugs'
import { cacheKeyOf } from '@/modules/delivery/domain/cacheKey'
import {
  cacheControlFor,
  corsHeaders,
  etagMatches,
  isCacheableStatus,
  preflightHeaders,
  strongEtag,
} from '@/modules/delivery/domain/httpCaching'
import { bilingual, type TextKey as MessageKey } from '@/modules/delivery/i18n'
import type { MessageParams } from '@/platform/i18n/catalog'
import type { PublicRoute } from '@/modules/delivery/types'
import { isApiKeyHeader, userOfApiKey } from './apiKeys'
import { watchStoredGeneration } from './generation'
import { deliveryState, type CachedResponse } from './state'

/** A public request as both paths see it: Next's Fetch API request and the fast server's node request. */
export type DeliveryRequest = {
  method: string
  url: URL
  /** One request header by lower-case name. */
  header: (name: string) => string | null | undefined
  /** All request headers, built only when a handler runs. */
  headers: () => Headers
  /** The Host header and request target exactly as received (fast path), to remember their cache key. */
  rawTarget?: string
}

/** What to send. `body` is left out by the caller for HEAD and 304. */
export type DeliveryResponse = { status: number; headers: Record<string, string>; body: Buffer }

const EMPTY = Buffer.alloc(0)

/** A JSON error in both languages, as the public API contract has it: "<vi> / <en>". Never stored. */
export const errorResponse = (
  status: number,
  code: string,
  key: MessageKey,
  params?: MessageParams,
  extra: Record<string, string> = {},
): DeliveryResponse => {
  const body = Buffer.from(JSON.stringify({ error: { code, message: bilingual(key, params) } }))
  return {
    status,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(body.byteLength),
      'Cache-Control': 'no-store',
      ...corsHeaders,
      ...extra,
    },
    body,
  }
}

/** Shared answers differ by API key only in their status (401, 429), never in their content. */
const VARY = 'Authorization'

/** Runs a route's handler and turns its answer into a cacheable response. A throwing handler is a 500, never a crash. */
const runHandler = async (
  payload: Payload,
  route: PublicRoute,
  request: DeliveryRequest,
): Promise<CachedResponse> => {
  const { settings } = deliveryState()
  let result
  try {
    // Only GET and HEAD get here; a HEAD shares the GET's cache entry, so the handler always produces the full body.
    result = await route.handler({ payload, url: request.url, headers: request.headers() })
  } catch (error) {
    payload.logger.error({ err: error, msg: `public route ${request.url.pathname} failed` })
    const failed = errorResponse(500, 'serverError', 'delivery.serverError')
    return {
      status: 500,
      headers: failed.headers,
      hitHeaders: failed.headers,
      notModifiedHeaders: {},
      body: failed.body,
      etag: '',
    }
  }
  const body =
    typeof result.body === 'string'
      ? Buffer.from(result.body)
      : Buffer.from(result.body.buffer, result.body.byteOffset, result.body.byteLength)
  const etag = strongEtag(body)
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(result.headers)) {
    if (
      !/^(content-length|etag|cache-control|vary|access-control-.*|transfer-encoding|connection)$/i.test(
        name,
      )
    )
      headers[name] = value
  }
  const common = {
    ETag: etag,
    'Cache-Control': cacheControlFor(route.shared, result.status, settings),
    ...corsHeaders,
    ...(route.shared ? { Vary: VARY } : {}),
  }
  const full = { ...headers, 'Content-Length': String(body.byteLength), ...common }
  return {
    status: result.status,
    headers: route.shared ? { ...full, 'X-Cache': 'MISS' } : full,
    hitHeaders: { ...full, 'X-Cache': 'HIT' },
    notModifiedHeaders: common,
    body,
    etag: isCacheableStatus(result.status) ? etag : '',
  }
}

const answer = (
  entry: CachedResponse,
  request: DeliveryRequest,
  hit: boolean,
  extra?: Record<string, string>,
): DeliveryResponse => {
  if (
    entry.etag &&
    entry.status === 200 &&
    etagMatches(request.header('if-none-match'), entry.etag)
  ) {
    return {
      status: 304,
      headers: extra ? { ...entry.notModifiedHeaders, ...extra } : entry.notModifiedHeaders,
      body: EMPTY,
    }
  }
  const headers = hit ? entry.hitHeaders : entry.headers
  return {
    status: entry.status,
    headers: extra ? { ...headers, ...extra } : headers,
    body: entry.body,
  }
}

/** The shared answer for `key`: from the cache, from a computation already under way, or computed now and kept. */
const sharedAnswer = async (
  payload: Payload,
  route: PublicRoute,
  request: DeliveryRequest,
  key: string,
  extra?: Record<string, string>,
): Promise<DeliveryResponse> => {
  const state = deliveryState()
  const cached = state.cache.get(key)
  if (cached) return answer(cached, request, true, extra)
  const running = state.inflight.get(key)
  if (running) return answer(await running, request, true, extra)
  const generation = state.generation
  const computation: Promise<CachedResponse> = runHandler(payload, route, request)
    .then((entry) => {
      // Kept only when nothing changed while it was computed: it may have read rows a change replaced.
      if (entry.etag && generation === state.generation) state.cache.set(key, entry)
      return entry
    })
    .finally(() => {
      if (state.inflight.get(key) === computation) state.inflight.delete(key)
    })
  state.inflight.set(key, computation)
  return answer(await computation, request, false, extra)
}

/**
 * The delivery layer of every public route (API, feeds, widget), used by the Next route handlers and
 * by the fast server alike: CORS and preflight, optional API keys with a per-key rate limit, the
 * response cache for shared routes with ETag and 304, and Cache-Control per route kind.
 */
export const deliver = async (
  payload: Payload,
  request: DeliveryRequest,
  matchRoute: (pathname: string) => PublicRoute | undefined,
): Promise<DeliveryResponse> => {
  const state = deliveryState()
  if (!state.poller) watchStoredGeneration(payload)
  const route = matchRoute(request.url.pathname)
  if (!route) return errorResponse(404, 'notFound', 'delivery.notFound')
  if (request.method === 'OPTIONS')
    return { status: 204, headers: { ...preflightHeaders }, body: EMPTY }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return errorResponse(405, 'methodNotAllowed', 'delivery.methodNotAllowed', undefined, {
      Allow: 'GET, HEAD, OPTIONS',
    })
  }

  let extra: Record<string, string> | undefined
  const authorization = request.header('authorization')
  if (isApiKeyHeader(authorization)) {
    let user: { id: string } | null
    try {
      user = await userOfApiKey(payload, authorization)
    } catch (error) {
      payload.logger.error({ err: error, msg: 'public API key lookup failed' })
      return errorResponse(500, 'serverError', 'delivery.serverError')
    }
    if (!user)
      return errorResponse(401, 'invalidApiKey', 'delivery.invalidApiKey', undefined, {
        'WWW-Authenticate': `${slugs.users} API-Key`,
      })
    const decision = state.buckets.take(user.id, Date.now())
    if (!decision.allowed) {
      const seconds = decision.retryAfterSeconds
      return errorResponse(
        429,
        'rateLimited',
        'delivery.rateLimited',
        { seconds },
        { 'Retry-After': String(seconds) },
      )
    }
    extra = { 'X-RateLimit-Remaining': String(decision.remaining) }
  }

  if (!route.shared) return answer(await runHandler(payload, route, request), request, false, extra)
  // The host is part of the key: a route that builds links from the request's address (when
  // SERVER_URL is unset) must not hand one host's links to another, nor let a forged Host poison others.
  const key = request.url.host + cacheKeyOf(request.url.pathname, request.url.searchParams)
  if (request.rawTarget && !extra) state.keyMemo.set(request.rawTarget, key)
  return sharedAnswer(payload, route, request, key, extra)
}

/**
 * The fast path's first try, synchronous: an anonymous GET or HEAD whose target was seen before and
 * whose answer is cached. Anything else (a key to check, a miss, a first visit) returns null and
 * goes through `deliver`.
 */
export const answerFromCache = (
  method: string,
  rawTarget: string,
  header: DeliveryRequest['header'],
): DeliveryResponse | null => {
  if (method !== 'GET' && method !== 'HEAD') return null
  const state = deliveryState()
  const key = state.keyMemo.get(rawTarget)
  if (key === undefined || isApiKeyHeader(header('authorization'))) return null
  const entry = state.cache.get(key)
  return entry ? answer(entry, { header } as DeliveryRequest, true) : null
}

/** A Fetch API request as the delivery layer reads it. */
export const fromFetchRequest = (request: Request): DeliveryRequest => ({
  method: request.method,
  url: new URL(request.url),
  header: (name) => request.headers.get(name),
  headers: () => request.headers,
})

/** A delivery answer as a Fetch API response (no body for HEAD and 304). */
export const toFetchResponse = (method: string, response: DeliveryResponse): Response =>
  new Response(
    method === 'HEAD' || response.status === 304 || response.status === 204
      ? null
      : new Uint8Array(response.body),
    {
      status: response.status,
      headers: response.headers,
    },
  )
