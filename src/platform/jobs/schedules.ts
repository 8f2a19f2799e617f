import cron from 'node-cron'

import type { ConfigProblem, ScheduleDefinition } from '@/platform/module'
import { TIME_ZONE } from '@/platform/time'

type Env = Record<string, string | undefined>

/** The minute tick that runs due jobs; every other schedule only queues its task. */
export const DUE_JOBS = 'dueJobs'
const DUE_JOBS_CRON = '* * * * *'

/** The variable that overrides a schedule: CRON_DUE_JOBS, CRON_WEEKLY_DIGEST… */
export const cronVariable = (name: string): string =>
  `CRON_${name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`

export type Schedules = {
  timeZone: string
  entries: { name: string; cron: string }[]
  /** Settings that could not be used; the rest still runs, and /api/health reports these. */
  problems: ConfigProblem[]
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
 * Reads `SCHEDULE_TIME_ZONE` (Asia/Ho_Chi_Minh) and the `CRON_*` overrides of the minute tick and of
 * each module's schedules. Never throws: a bad expression disables that schedule only, an unknown
 * time zone disables all of them (running them on a wrong clock would remind people at the wrong
 * hour), and each problem is reported.
 */
export const resolveSchedules = (
  env: Env,
  definitions: readonly ScheduleDefinition[],
): Schedules => {
  const problems: ConfigProblem[] = []
  const timeZone = env.SCHEDULE_TIME_ZONE?.trim() || TIME_ZONE
  const zoneOk = isTimeZone(timeZone)
  if (!zoneOk) {
    problems.push({
      variable: 'SCHEDULE_TIME_ZONE',
      vi: `múi giờ "${timeZone}" không tồn tại (ví dụ đúng: Asia/Ho_Chi_Minh); các lịch tự động đã tạm dừng.`,
      en: `unknown time zone "${timeZone}" (e.g. Asia/Ho_Chi_Minh); schedules are stopped.`,
    })
  }
  const entries: Schedules['entries'] = []
  for (const { task: name, cron: fallback } of [
    { task: DUE_JOBS, cron: DUE_JOBS_CRON },
    ...definitions,
  ]) {
    const variable = cronVariable(name)
    const expression = env[variable]?.trim() || fallback
    if (!cron.validate(expression)) {
      problems.push({
        variable,
        vi: `biểu thức cron "${expression}" không hợp lệ (ví dụ: "*/5 * * * *"); lịch này không chạy.`,
        en: `cron expression "${expression}" is not valid (e.g. "*/5 * * * *"); this schedule does not run.`,
      })
    } else if (zoneOk) entries.push({ name, cron: expression })
  }
  return { timeZone, entries, problems }
}
