import { describe, expect, it } from '@jest/globals'

import { isCrossSiteWrite } from '@/platform/csrf'

const facts = (overrides: Partial<Parameters<typeof isCrossSiteWrite>[0]> = {}) => ({
  method: 'POST',
  host: 'cchc.hatinh.gov.vn',
  protocol: 'https' as const,
  origin: null,
  referer: null,
  secFetchSite: null,
  authorization: null,
  hasSessionCookie: true,
  ...overrides,
})

describe('cross-site writes riding on the session cookie', () => {
  it('should refuse a foreign origin and accept the address the request reached', () => {
    expect(isCrossSiteWrite(facts({ origin: 'http://evil.example' }), {})).toBe(true)
    expect(isCrossSiteWrite(facts({ origin: 'https://cchc.hatinh.gov.vn' }), {})).toBe(false)
  })

  it('should accept SERVER_URL and the origins listed in CSRF_ORIGINS', () => {
    const env = {
      SERVER_URL: 'https://cms.example.vn/',
      CSRF_ORIGINS: 'https://a.vn, https://b.vn',
    }
    for (const origin of ['https://cms.example.vn', 'https://a.vn', 'https://b.vn'])
      expect(isCrossSiteWrite(facts({ origin }), env)).toBe(false)
    expect(isCrossSiteWrite(facts({ origin: 'https://c.vn' }), env)).toBe(true)
  })

  it('should judge by the Referer, then Sec-Fetch-Site, when no Origin is sent', () => {
    expect(isCrossSiteWrite(facts({ referer: 'http://evil.example/page' }), {})).toBe(true)
    expect(isCrossSiteWrite(facts({ secFetchSite: 'cross-site' }), {})).toBe(true)
    expect(isCrossSiteWrite(facts({ secFetchSite: 'same-origin' }), {})).toBe(false)
    // A script with the cookie and no browser headers is not a forged browser request.
    expect(isCrossSiteWrite(facts(), {})).toBe(false)
  })

  it('should leave reads, header-authenticated calls and cookie-less calls alone', () => {
    const foreign = { origin: 'http://evil.example' }
    expect(isCrossSiteWrite(facts({ ...foreign, method: 'GET' }), {})).toBe(false)
    expect(isCrossSiteWrite(facts({ ...foreign, authorization: 'JWT x' }), {})).toBe(false)
    expect(isCrossSiteWrite(facts({ ...foreign, hasSessionCookie: false }), {})).toBe(false)
  })
})
