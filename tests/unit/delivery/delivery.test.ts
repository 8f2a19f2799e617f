import { describe, expect, it } from '@jest/globals'
import { resolveDeliverySettings } from '@/modules/delivery/config'
import { ConfigError } from '@/platform/config/env'
import { cacheKeyOf } from '@/modules/delivery/domain/cacheKey'
import {
  cacheControlFor,
  etagMatches,
  isCacheableStatus,
  strongEtag,
} from '@/modules/delivery/domain/httpCaching'
import { LruCache } from '@/modules/delivery/domain/lruCache'
import { TokenBuckets } from '@/modules/delivery/domain/tokenBucket'

describe('the response cache key', () => {
  it('should not depend on the order of the query parameters', () => {
    const a = cacheKeyOf(
      '/api/public/v1/articles',
      new URLSearchParams('limit=20&page=2&area=dat-dai'),
    )
    const b = cacheKeyOf(
      '/api/public/v1/articles',
      new URLSearchParams('area=dat-dai&page=2&limit=20'),
    )
    expect(a).toBe(b)
    expect(a).toBe('/api/public/v1/articles?area=dat-dai&limit=20&page=2')
  })

  it('should keep different values, repeated parameters in order, and the bare path apart', () => {
    const key = (query: string) => cacheKeyOf('/feeds/rss.xml', new URLSearchParams(query))
    expect(key('page=1')).not.toBe(key('page=2'))
    expect(key('tag=a&tag=b')).not.toBe(key('tag=b&tag=a'))
    expect(key('')).toBe('/feeds/rss.xml')
    expect(key('q=cải cách')).toBe(key('q=c%E1%BA%A3i+c%C3%A1ch'))
  })
})

describe('the bounded LRU cache', () => {
  const sized = (maxEntries: number, maxBytes: number) =>
    new LruCache<string>(maxEntries, maxBytes, (value) => value.length)

  it('should evict the least recently used entry beyond its entry limit', () => {
    const cache = sized(2, 1000)
    cache.set('a', 'x')
    cache.set('b', 'y')
    cache.get('a')
    cache.set('c', 'z')
    expect(cache.get('b')).toBeUndefined()
    expect(cache.get('a')).toBe('x')
    expect(cache.get('c')).toBe('z')
  })

  it('should keep its total size within the byte budget and refuse an entry too large to be worth it', () => {
    const cache = sized(100, 80)
    for (let i = 0; i < 20; i++) cache.set(`k${i}`, '0123456789')
    expect(cache.totalBytes).toBeLessThanOrEqual(80)
    expect(cache.size).toBe(8)
    expect(cache.set('huge', 'x'.repeat(11))).toBe(false)
    expect(cache.get('huge')).toBeUndefined()
  })

  it('should account for replaced and cleared entries', () => {
    const cache = sized(10, 1000)
    cache.set('a', 'xxxx')
    cache.set('a', 'xx')
    expect(cache.totalBytes).toBe(2)
    cache.clear()
    expect(cache.size).toBe(0)
    expect(cache.totalBytes).toBe(0)
  })
})

describe('per-key token buckets', () => {
  it('should allow a burst, then refuse with the wait until the next token', () => {
    const buckets = new TokenBuckets(2, 3)
    const now = 1_000_000
    expect(buckets.take('key', now)).toEqual({ allowed: true, remaining: 2 })
    expect(buckets.take('key', now)).toEqual({ allowed: true, remaining: 1 })
    expect(buckets.take('key', now)).toEqual({ allowed: true, remaining: 0 })
    expect(buckets.take('key', now)).toEqual({ allowed: false, retryAfterSeconds: 1 })
    expect(buckets.take('other', now).allowed).toBe(true)
  })

  it('should refill at the configured rate, never above the burst', () => {
    const buckets = new TokenBuckets(0.1, 2)
    buckets.take('key', 0)
    buckets.take('key', 0)
    const refused = buckets.take('key', 1000)
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 9 })
    expect(buckets.take('key', 10_000).allowed).toBe(true)
    expect(buckets.take('key', 1_000_000)).toEqual({ allowed: true, remaining: 1 })
  })
})

describe('HTTP validators and Cache-Control', () => {
  it('should give the same strong ETag for the same bytes and another for other bytes', () => {
    const tag = strongEtag(Buffer.from('{"items":[]}'))
    expect(tag).toMatch(/^"[A-Za-z0-9_-]+"$/)
    expect(strongEtag(Buffer.from('{"items":[]}'))).toBe(tag)
    expect(strongEtag(Buffer.from('{"items":[1]}'))).not.toBe(tag)
  })

  it('should match If-None-Match lists, weak forms and *', () => {
    expect(etagMatches('"a", "b"', '"b"')).toBe(true)
    expect(etagMatches('W/"b"', '"b"')).toBe(true)
    expect(etagMatches('*', '"b"')).toBe(true)
    expect(etagMatches('"c"', '"b"')).toBe(false)
    expect(etagMatches(undefined, '"b"')).toBe(false)
  })

  it('should let shared answers be kept briefly and never store private ones or server errors', () => {
    const policy = { maxAgeSeconds: 10, staleWhileRevalidateSeconds: 30 }
    expect(cacheControlFor(true, 200, policy)).toBe('public, max-age=10, stale-while-revalidate=30')
    expect(cacheControlFor(true, 404, policy)).toBe('public, max-age=10, stale-while-revalidate=30')
    expect(cacheControlFor(true, 500, policy)).toBe('no-store')
    expect(cacheControlFor(false, 200, policy)).toBe('private, no-store')
    expect(isCacheableStatus(200)).toBe(true)
    expect(isCacheableStatus(404)).toBe(true)
    expect(isCacheableStatus(429)).toBe(false)
    expect(isCacheableStatus(503)).toBe(false)
  })
})

describe('delivery settings', () => {
  it('should default to a 10 s max-age, a 1 s poll and a bounded cache', () => {
    const settings = resolveDeliverySettings({})
    expect(settings).toMatchObject({
      maxAgeSeconds: 10,
      staleWhileRevalidateSeconds: 30,
      pollMs: 1000,
      maxEntries: 5000,
      maxBytes: 64 * 1024 * 1024,
      keyBurst: 100,
      keyRatePerSecond: 20,
    })
  })

  it('should name the variable of a value it cannot use', () => {
    expect(() => resolveDeliverySettings({ PUBLIC_CACHE_POLL_MS: 'often' })).toThrow(ConfigError)
    expect(() => resolveDeliverySettings({ PUBLIC_API_KEY_BURST: '0' })).toThrow(
      /PUBLIC_API_KEY_BURST/,
    )
  })
})
