/**
 * Cross-site request forgery: a browser sends the session cookie with any request to this origin,
 * also one a foreign page makes it send. A write that is authenticated by that cookie alone (no
 * `Authorization` header, which a foreign page cannot set) is accepted only from the deployment's
 * own origins: the address it was reached at, `SERVER_URL`, and those in `CSRF_ORIGINS`
 * (comma- or space-separated, e.g. an admin served under a second name).
 */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
export const SESSION_COOKIE = 'payload-token'

type Env = Record<string, string | undefined>
type RequestFacts = {
  method: string
  /** The Host header the request came with. */
  host: string | null
  protocol: 'http' | 'https'
  origin: string | null
  referer: string | null
  secFetchSite: string | null
  authorization: string | null
  hasSessionCookie: boolean
}

const originOf = (value: string | null | undefined): string | null => {
  if (!value) return null
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null
  } catch {
    return null
  }
}

/** The origins a cookie-authenticated write may come from. */
export const allowedOrigins = (env: Env, facts: Pick<RequestFacts, 'host' | 'protocol'>) => {
  const listed = (env.CSRF_ORIGINS ?? '')
    .split(/[\s,]+/)
    .map(originOf)
    .filter((origin): origin is string => Boolean(origin))
  const own = facts.host ? originOf(`${facts.protocol}://${facts.host}`) : null
  return new Set([...listed, originOf(env.SERVER_URL?.trim()), own].filter(Boolean) as string[])
}

/** Whether this request is a cross-site write riding on the session cookie (to be refused). */
export const isCrossSiteWrite = (facts: RequestFacts, env: Env): boolean => {
  if (SAFE_METHODS.has(facts.method.toUpperCase())) return false
  if (!facts.hasSessionCookie || facts.authorization) return false
  const allowed = allowedOrigins(env, facts)
  const origin = originOf(facts.origin) ?? originOf(facts.referer)
  if (origin) {
    // The address the request reached, whatever the scheme a proxy in front spoke.
    const sameHost = facts.host !== null && new URL(origin).host === facts.host
    return !(allowed.has(origin) || sameHost)
  }
  // No origin at all: a browser says where the request came from; a script without one is no CSRF.
  return facts.secFetchSite === 'cross-site' || facts.secFetchSite === 'same-site'
}
