import { createHash } from 'node:crypto'

/** A strong validator: the same bytes give the same tag on every instance. */
export const strongEtag = (body: Uint8Array): string =>
  `"${createHash('sha1').update(body).digest('base64url')}"`

/**
 * Whether `If-None-Match` names `etag`. RFC 9110 §13.1.2: a list of tags or `*`, compared weakly
 * (a `W/` prefix is ignored).
 */
export const etagMatches = (ifNoneMatch: string | null | undefined, etag: string): boolean => {
  if (!ifNoneMatch) return false
  const wanted = ifNoneMatch.trim()
  if (wanted === '*') return true
  const bare = etag.replace(/^W\//, '')
  return wanted.split(',').some((tag) => tag.trim().replace(/^W\//, '') === bare)
}

export type CachePolicy = { maxAgeSeconds: number; staleWhileRevalidateSeconds: number }

/**
 * The Cache-Control of a public response. Shared answers (anyone may see them) may be kept briefly by
 * browsers and proxies; anything behind a secret or personal is never stored; server errors neither.
 */
export const cacheControlFor = (shared: boolean, status: number, policy: CachePolicy): string => {
  if (!shared || status >= 500) return shared ? 'no-store' : 'private, no-store'
  return `public, max-age=${policy.maxAgeSeconds}, stale-while-revalidate=${policy.staleWhileRevalidateSeconds}`
}

/** A response status the cache may keep: success, redirects and the client errors a query always gives. */
export const isCacheableStatus = (status: number): boolean =>
  status === 200 ||
  status === 203 ||
  status === 204 ||
  status === 301 ||
  status === 308 ||
  status === 400 ||
  status === 404 ||
  status === 410

/** Headers every public route answers with, so portals on other origins can read them from a browser. */
export const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Retry-After, X-RateLimit-Remaining',
} as const

/** The answer to a CORS preflight: no credentials, read-only methods, the headers a portal sends. */
export const preflightHeaders = {
  ...corsHeaders,
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers':
    'Authorization, If-None-Match, Accept, Accept-Language, Content-Type',
  'Access-Control-Max-Age': '86400',
  Allow: 'GET, HEAD, OPTIONS',
} as const
