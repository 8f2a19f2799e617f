/**
 * The security headers every answer carries, by kind of route. Plain JavaScript so the edge
 * (scripts/serve.mjs) and next.config.mjs share it: serve.mjs sets them on every answer, the fast
 * path's included; Next's own `headers()` sets the same for `next start` alone.
 *
 * - the admin (and Next's assets): scripts only with the page's nonce (set per request by
 *   src/proxy.ts, which replaces this nonce-less policy on admin pages), never framed;
 * - uploaded files: nothing runs (`sandbox`, no scripts), never framed;
 * - the privacy pages: their inline style and a form posting here, never framed (the request
 *   form also runs its own script file and posts to this app);
 * - the public API's documentation page: Swagger UI's script and style files from this server, and
 *   its requests for the OpenAPI document and the "try it out" calls to this server, never framed;
 * - REST, GraphQL, the public API, feeds and widget: `default-src 'none'`; public routes may be
 *   framed by the portals named in PUBLIC_FRAME_ANCESTORS (space-separated origins; read at run
 *   time by the edge), else by nothing.
 */

export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'

/**
 * The admin's policy. Scripts run only with the page's nonce (Next puts it on its own scripts when
 * the request carries this header, see src/proxy.ts) or when a nonced script loads them
 * ('strict-dynamic'); without a nonce (assets, or a page the proxy did not see) only same-origin
 * files run and no inline script does. Styles keep 'unsafe-inline': Payload's admin and React set
 * style attributes everywhere, and a style cannot run code.
 * @param {string} [nonce]
 */
export const adminCsp = (nonce) =>
  [
    "default-src 'self'",
    nonce ? `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'` : "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')

export const ADMIN_CSP = adminCsp()

export const FILE_CSP =
  "default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'"

/** @param {Record<string, string | undefined>} env */
export const publicFrameAncestors = (env) => {
  const origins = (env.PUBLIC_FRAME_ANCESTORS ?? '')
    .split(/[\s,]+/)
    .map((origin) => origin.trim())
    .filter((origin) => /^https?:\/\/[^\s;'"]+$/.test(origin))
  return origins.length > 0 ? origins.join(' ') : "'none'"
}

/** @param {string} ancestors */
const noContentCsp = (ancestors) =>
  `default-src 'none'; frame-ancestors ${ancestors}; base-uri 'none'; form-action 'none'`

/**
 * The pages citizens read (the privacy notice, the consent-withdrawal page): their own inline style,
 * a form posting to this app only, never framed.
 */
export const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
const PAGE_PATH = /^\/privacy(\/|$)/

/**
 * The personal-data request form: the same, plus its own script file (it solves the anti-spam
 * proof in the browser and posts the request to this app).
 */
export const FORM_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
const FORM_PATH = /^\/privacy\/request\/?$/

/**
 * The public API's documentation page (Swagger UI): its files and requests stay on this server;
 * Swagger UI draws its icons as data: images and sets style attributes.
 */
export const DOCS_PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
const DOCS_PATH = /^\/api\/public\/v1\/docs\/?$/

/** The public API, feeds and widget: what portals use. */
const PUBLIC_PATH = /^\/(api\/public\/|feeds\/|widget\.js$)/

export const HSTS = 'max-age=31536000; includeSubDomains'

/** Upload collections whose files are served under /api/<slug>/file/… */
const FILE_PATH = /^\/api\/[a-z-]+\/file\//

/**
 * @param {{ path: string, https: boolean, env?: Record<string, string | undefined> }} input
 * @returns {Record<string, string>}
 */
export const securityHeaders = ({ path, https, env = process.env }) => {
  const admin = path === '/admin' || path.startsWith('/admin/') || path.startsWith('/_next/')
  const headers = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': PERMISSIONS_POLICY,
    'Content-Security-Policy': admin
      ? ADMIN_CSP
      : FILE_PATH.test(path)
        ? FILE_CSP
        : DOCS_PATH.test(path)
          ? DOCS_PAGE_CSP
          : FORM_PATH.test(path)
            ? FORM_PAGE_CSP
            : PAGE_PATH.test(path)
              ? PAGE_CSP
              : noContentCsp(PUBLIC_PATH.test(path) ? publicFrameAncestors(env) : "'none'"),
  }
  if (admin || FILE_PATH.test(path)) headers['X-Frame-Options'] = 'DENY'
  if (https) headers['Strict-Transport-Security'] = HSTS
  return headers
}

/**
 * For next.config.mjs `headers()`: the same headers by route pattern (HSTS when the edge says the
 * client came over https).
 * @param {Record<string, string | undefined>} env
 */
export const nextHeaderRules = (env) => {
  const list = (/** @type {string} */ path) =>
    Object.entries(securityHeaders({ path, https: false, env })).map(([key, value]) => ({
      key,
      value,
    }))
  return [
    { source: '/:path*', headers: list('/api') },
    { source: '/api/:collection/file/:path*', headers: list('/api/media/file/x') },
    { source: '/api/public/v1/docs', headers: list('/api/public/v1/docs') },
    { source: '/privacy', headers: list('/privacy') },
    { source: '/privacy/:path*', headers: list('/privacy') },
    { source: '/privacy/request', headers: list('/privacy/request') },
    { source: '/admin', headers: list('/admin') },
    { source: '/admin/:path*', headers: list('/admin') },
    { source: '/_next/:path*', headers: list('/admin') },
    {
      source: '/:path*',
      has: [{ type: 'header', key: 'x-cchc-client-proto', value: 'https' }],
      headers: [{ key: 'Strict-Transport-Security', value: HSTS }],
    },
  ]
}

/**
 * Adds `Secure` to cookies the app sets when the client came over https (directly or through a
 * trusted proxy), whatever set them.
 * @param {string | string[] | number | undefined} value a Set-Cookie header value
 */
export const secureCookies = (value) => {
  if (value === undefined || typeof value === 'number') return value
  const add = (/** @type {string} */ cookie) =>
    /;\s*secure\s*(;|$)/i.test(cookie) ? cookie : `${cookie}; Secure`
  return Array.isArray(value) ? value.map(add) : add(value)
}
