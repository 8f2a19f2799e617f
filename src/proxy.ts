import { NextResponse, type NextRequest } from 'next/server'

import { clientProtocol } from '@/platform/clientAddress'
import { isCrossSiteWrite, SESSION_COOKIE } from '@/platform/csrf'
import { languageOfHeaders } from '@/platform/i18n/catalog'
import { translatorFor } from '@/platform/i18n/translator'

import { adminCsp } from '../scripts/securityHeaders.mjs'

const LANGUAGE_COOKIE = 'payload-lng'
const { translate } = translatorFor()

/**
 * Before the admin and the API: a write that only the session cookie authenticates is refused
 * unless it comes from the deployment's own origins (src/platform/csrf.ts); each admin page gets
 * its own script nonce; the admin opens in Vietnamese whatever the browser's language.
 */
export function proxy(request: NextRequest) {
  const crossSite = isCrossSiteWrite(
    {
      method: request.method,
      host: request.headers.get('host'),
      protocol: clientProtocol(request),
      origin: request.headers.get('origin'),
      referer: request.headers.get('referer'),
      secFetchSite: request.headers.get('sec-fetch-site'),
      authorization: request.headers.get('authorization'),
      hasSessionCookie: request.cookies.has(SESSION_COOKIE),
    },
    process.env,
  )
  if (crossSite) {
    const language = languageOfHeaders(request.headers)
    const message = translate(language, 'error.crossSite')
    return NextResponse.json({ message, errors: [{ message }] }, { status: 403 })
  }
  if (!request.nextUrl.pathname.startsWith('/admin')) return NextResponse.next()
  return adminPage(request)
}

/**
 * An admin page: a fresh nonce in the Content-Security-Policy of the request (Next reads it there
 * and puts it on every script it renders) and of the answer (the browser runs only those scripts
 * and what they load). The language cookie: see below.
 */
const adminPage = (request: NextRequest) => {
  const csp = adminCsp(Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64'))
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', csp)
  const firstVisit = !request.cookies.has(LANGUAGE_COOKIE)
  if (firstVisit) preferVietnamese(headers)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('content-security-policy', csp)
  if (firstVisit)
    response.cookies.set(LANGUAGE_COOKIE, 'vi', {
      path: '/',
      sameSite: 'lax',
      maxAge: 60 * 60 * 24 * 365,
    })
  return response
}

/**
 * The admin opens in Vietnamese whatever the browser's language. Payload picks the language from
 * this cookie before the Accept-Language header; a user who switches to English in their account
 * settings overwrites the cookie and keeps English.
 */
const preferVietnamese = (headers: Headers) => {
  const cookie = headers.get('cookie')
  headers.set('cookie', `${cookie ? `${cookie}; ` : ''}${LANGUAGE_COOKIE}=vi`)
}

// The API only when the session cookie is all that authenticates the request: API keys and
// tokens never pass through here (nor do their large uploads).
export const config = {
  matcher: [
    '/admin/:path*',
    {
      source: '/api/:path*',
      has: [{ type: 'cookie', key: 'payload-token' }],
      missing: [{ type: 'header', key: 'authorization' }],
    },
  ],
}
