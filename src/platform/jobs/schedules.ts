import cron from 'node-cron'

import { TIME_ZONE } from '@/modules/campaigns/domain/periods'

type Env = Record<string, string | undefined>

/** What the scheduler runs, each under a cron expression in the schedule's time zone. */
export const scheduleNames = ['dueJobs', 'broadcastReminders', 'missedAirings', 'reportDeadlines', 'weeklyDigest', 'complianceSnapshot'] as const
export type ScheduleName = (typeof scheduleNames)[number]

/** Defaults: jobs and mail every minute, reminders every 5 minutes, digest Monday 07:00, snapshot 01:30. */
export const defaultCron: Record<ScheduleName, string> = {
  dueJobs: '* * * * *',
  broadcastReminders: '*/5 * * * *',
  missedAirings: '10 * * * *',
  reportDeadlines: '20 * * * *',
  weeklyDigest: '0 7 * * 1',
  complianceSnapshot: '30 1 * * *',
}

/** The variable that overrides a schedule: CRON_BROADCAST_REMINDERS, CRON_WEEKLY_DIGEST… */
export const cronVariable = (name: ScheduleName): string => `CRON_${name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`

/** Default hours after an airing's end before an unconfirmed one is recorded as missed. */
export const DEFAULT_MISSED_AFTER_HOURS = 24

const parseMissedAfterHours = (value: string | undefined): number | null => {
  if (!value?.trim()) return DEFAULT_MISSED_AFTER_HOURS
  const hours = Number(value)
  return Number.isFinite(hours) && hours >= 0 && hours <= 24 * 30 ? hours : null
}

/** `MISSED_AFTER_HOURS` (24): the same grace for the job that records misses and for every scorecard. */
export const missedAfterHours = (env: Env = process.env): number => parseMissedAfterHours(env.MISSED_AFTER_HOURS) ?? DEFAULT_MISSED_AFTER_HOURS

export type ScheduleProblem = { variable: string; value: string; vi: string; en: string }
export type Schedules = {
  timeZone: string
  entries: { name: ScheduleName; cron: string }[]
  /** Settings that could not be used; the rest still runs, and /api/health reports these. */
  problems: ScheduleProblem[]
}

export const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/**
 * Reads `SCHEDULE_TIME_ZONE` (Asia/Ho_Chi_Minh) and the `CRON_*` overrides. Never throws: a bad
 * expression disables that schedule only, an unknown time zone disables all of them (running them
 * on a wrong clock would remind people at the wrong hour), and each problem is reported.
 */
export const resolveSchedules = (env: Env): Schedules => {
  const problems: ScheduleProblem[] = []
  const timeZone = env.SCHEDULE_TIME_ZONE?.trim() || TIME_ZONE
  const zoneOk = isTimeZone(timeZone)
  if (!zoneOk) {
    problems.push({
      variable: 'SCHEDULE_TIME_ZONE',
      value: timeZone,
      vi: `múi giờ "${timeZone}" không tồn tại (ví dụ đúng: Asia/Ho_Chi_Minh); các lịch tự động đã tạm dừng.`,
      en: `unknown time zone "${timeZone}" (e.g. Asia/Ho_Chi_Minh); schedules are stopped.`,
    })
  }
  const entries: Schedules['entries'] = []
  for (const name of scheduleNames) {
    const variable = cronVariable(name)
    const expression = env[variable]?.trim() || defaultCron[name]
    if (!cron.validate(expression)) {
      problems.push({
        variable,
        value: expression,
        vi: `biểu thức cron "${expression}" không hợp lệ (ví dụ: "*/5 * * * *"); lịch này không chạy.`,
        en: `cron expression "${expression}" is not valid (e.g. "*/5 * * * *"); this schedule does not run.`,
      })
    } else if (zoneOk) entries.push({ name, cron: expression })
  }
  if (parseMissedAfterHours(env.MISSED_AFTER_HOURS) === null) {
    problems.push({
      variable: 'MISSED_AFTER_HOURS',
      value: String(env.MISSED_AFTER_HOURS),
      vi: `"${env.MISSED_AFTER_HOURS}" không phải số giờ hợp lệ (0–720); dùng mặc định ${DEFAULT_MISSED_AFTER_HOURS} giờ.`,
      en: `"${env.MISSED_AFTER_HOURS}" is not a valid number of hours (0–720); using the default of ${DEFAULT_MISSED_AFTER_HOURS}.`,
    })
  }
  return { timeZone, entries, problems }
}
