import { processState } from '@/platform/processState'
import { resolveDeliverySettings, type DeliverySettings } from '@/modules/delivery/config'
import { LruCache } from '@/modules/delivery/domain/lruCache'
import { TokenBuckets } from '@/modules/delivery/domain/tokenBucket'

/** One cached answer of a shared public route, ready to send again. */
export type CachedResponse = {
  status: number
  /** Everything but the per-request headers, Content-Length included; with `X-Cache: MISS`… */
  headers: Record<string, string>
  /** …and the same with `X-Cache: HIT`, built once so a hit copies nothing. */
  hitHeaders: Record<string, string>
  /** The headers a 304 repeats (RFC 9110 §15.4.5). */
  notModifiedHeaders: Record<string, string>
  body: Buffer
  etag: string
}

export type ApiKeyLookup = {
  user: { id: string } | null
  expires: number
  pending?: Promise<{ id: string } | null>
}

export type DeliveryState = {
  settings: DeliverySettings
  /** Bumped on every change to public content; an answer computed under an older one is not kept. */
  generation: number
  cache: LruCache<CachedResponse>
  /** Misses being computed, so concurrent requests for one key run the handler once. */
  inflight: Map<string, Promise<CachedResponse>>
  apiKeys: LruCache<ApiKeyLookup>
  /** The cache key of a request target as the fast server received it, so a hit parses nothing. */
  keyMemo: LruCache<string>
  buckets: TokenBuckets
  /** The stored stamp as this instance last read it (undefined before the first read). */
  seenStamp: string | null | undefined
  poller: { timer: NodeJS.Timeout | null; stopped: boolean } | null
  stampWriter: { running: boolean; dirty: boolean }
}

/**
 * The delivery state is the process's (processState), not the module's: in one
 * process the Next.js bundle and the fast server load separate copies of these modules, and both
 * must see one cache and one generation (a publish through the admin, handled by the bundle's hooks,
 * must clear what the fast server serves).
 */
export const deliveryState = (): DeliveryState =>
  processState('publicDelivery', createDeliveryState)

const createDeliveryState = (): DeliveryState => {
  const settings = resolveDeliverySettings(process.env)
  const state: DeliveryState = {
    settings,
    generation: 0,
    cache: new LruCache<CachedResponse>(
      settings.maxEntries,
      settings.maxBytes,
      (entry) => entry.body.byteLength + 512,
    ),
    inflight: new Map(),
    apiKeys: new LruCache<ApiKeyLookup>(10_000, 10_000 * 256, () => 256),
    keyMemo: new LruCache<string>(20_000, 16 * 1024 * 1024, (key) => key.length * 2 + 64),
    buckets: new TokenBuckets(settings.keyRatePerSecond, settings.keyBurst),
    seenStamp: undefined,
    poller: null,
    stampWriter: { running: false, dirty: false },
  }
  return state
}
