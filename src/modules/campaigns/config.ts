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

/** A bad MISSED_AFTER_HOURS falls back to the default, and says so (at start and in /api/health). */
export const checkCampaignSettings: ConfigCheck = (env) =>
  parseMissedAfterHours(env.MISSED_AFTER_HOURS) === null
    ? [
        {
          variable: 'MISSED_AFTER_HOURS',
          vi: `"${env.MISSED_AFTER_HOURS}" không phải số giờ hợp lệ (0–720); dùng mặc định ${DEFAULT_MISSED_AFTER_HOURS} giờ.`,
          en: `"${env.MISSED_AFTER_HOURS}" is not a valid number of hours (0–720); using the default of ${DEFAULT_MISSED_AFTER_HOURS}.`,
        },
      ]
    : []
