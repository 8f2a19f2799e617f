import type { ConfigCheck } from '@/platform/module'

import { DEFAULT_MISSED_AFTER_HOURS } from './domain/recurrence'

type Env = Record<string, string | undefined>

const parseMissedAfterHours = (value: string | undefined): number | null => {
  if (!value?.trim()) return DEFAULT_MISSED_AFTER_HOURS
  const hours = Number(value)
  return Number.isFinite(hours) && hours >= 0 && hours <= 24 * 30 ? hours : null
}

/** `MISSED_AFTER_HOURS` (24): the same grace for the job that records misses and for every scorecard. */
export const missedAfterHours = (env: Env = process.env): number =>
  parseMissedAfterHours(env.MISSED_AFTER_HOURS) ?? DEFAULT_MISSED_AFTER_HOURS

export const DEFAULT_SCORECARD_CACHE_MB = 256

const parseScorecardCacheMb = (value: string | undefined): number | null => {
  if (!value?.trim()) return DEFAULT_SCORECARD_CACHE_MB
  const mb = Number(value)
  return Number.isFinite(mb) && mb >= 1 && mb <= 65_536 ? mb : null
}

/**
 * `SCORECARD_CACHE_MAX_MB` (256): the memory each instance may give to kept scorecards (a whole card
 * of a 300-unit province is about 1 MB of JSON, one of 10,000 units about 32 MB).
 */
export const scorecardCacheBytes = (env: Env = process.env): number =>
  (parseScorecardCacheMb(env.SCORECARD_CACHE_MAX_MB) ?? DEFAULT_SCORECARD_CACHE_MB) * 1024 * 1024

/** A bad MISSED_AFTER_HOURS or SCORECARD_CACHE_MAX_MB falls back to the default, and says so (at start and in /api/health). */
export const checkCampaignSettings: ConfigCheck = (env) => [
  ...(parseMissedAfterHours(env.MISSED_AFTER_HOURS) === null
    ? [
        {
          variable: 'MISSED_AFTER_HOURS',
          vi: `"${env.MISSED_AFTER_HOURS}" không phải số giờ hợp lệ (0–720); dùng mặc định ${DEFAULT_MISSED_AFTER_HOURS} giờ.`,
          en: `"${env.MISSED_AFTER_HOURS}" is not a valid number of hours (0–720); using the default of ${DEFAULT_MISSED_AFTER_HOURS}.`,
        },
      ]
    : []),
  ...(parseScorecardCacheMb(env.SCORECARD_CACHE_MAX_MB) === null
    ? [
        {
          variable: 'SCORECARD_CACHE_MAX_MB',
          vi: `"${env.SCORECARD_CACHE_MAX_MB}" không phải số MB hợp lệ (1–65536); dùng mặc định ${DEFAULT_SCORECARD_CACHE_MB}.`,
          en: `"${env.SCORECARD_CACHE_MAX_MB}" is not a valid number of MB (1–65536); using the default of ${DEFAULT_SCORECARD_CACHE_MB}.`,
        },
      ]
    : []),
]
