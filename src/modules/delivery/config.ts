import { ConfigError, configProblems } from '@/platform/config/env'
import type { ConfigCheck } from '@/platform/module'

import { resolveLinkTemplates } from './domain/links'

type Env = Record<string, string | undefined>

/** How the public API, feeds and widget are cached, shared between instances and rate limited. */
export type DeliverySettings = {
  /** Browsers and proxies may keep a shared answer this long (Cache-Control max-age). */
  maxAgeSeconds: number
  /** …and serve it this much longer while they fetch a fresh one. */
  staleWhileRevalidateSeconds: number
  /** How often each instance reads the stored content generation to see other instances' changes. */
  pollMs: number
  /** Bounds of the in-memory response cache. */
  maxEntries: number
  maxBytes: number
  /** Per API key: a token bucket of `keyBurst` requests refilled at `keyRatePerSecond`. */
  keyRatePerSecond: number
  keyBurst: number
  /** How long a key's lookup (valid or not) is remembered; a revoked key works at most this long. */
  keyCacheMs: number
}

const number = (env: Env, variable: string, fallback: number, min: number, max: number): number => {
  const raw = env[variable]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new ConfigError(
      variable,
      `"${raw}" không hợp lệ; cần một số từ ${min} đến ${max}.`,
      `"${raw}" is not valid; use a number from ${min} to ${max}.`,
    )
  }
  return value
}

export const resolveDeliverySettings = (env: Env): DeliverySettings => ({
  maxAgeSeconds: number(env, 'PUBLIC_CACHE_MAX_AGE', 10, 0, 86_400),
  staleWhileRevalidateSeconds: number(env, 'PUBLIC_CACHE_STALE_WHILE_REVALIDATE', 30, 0, 86_400),
  pollMs: number(env, 'PUBLIC_CACHE_POLL_MS', 1000, 100, 600_000),
  maxEntries: number(env, 'PUBLIC_CACHE_MAX_ENTRIES', 5000, 1, 10_000_000),
  maxBytes: number(env, 'PUBLIC_CACHE_MAX_MB', 64, 1, 65_536) * 1024 * 1024,
  keyRatePerSecond: number(env, 'PUBLIC_API_KEY_RATE', 20, 0.01, 1_000_000),
  keyBurst: number(env, 'PUBLIC_API_KEY_BURST', 100, 1, 1_000_000),
  keyCacheMs: number(env, 'PUBLIC_API_KEY_CACHE_MS', 30_000, 0, 3_600_000),
})

/** Bad cache or portal-link settings are reported at start and in /api/health (requests then fail). */
export const checkDeliverySettings: ConfigCheck = (env) =>
  configProblems(
    () => resolveDeliverySettings(env),
    () => resolveLinkTemplates(env),
  )
