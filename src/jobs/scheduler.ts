import cron, { type ScheduledTask } from 'node-cron'
import type { Payload } from 'payload'

export const TIME_ZONE = 'Asia/Ho_Chi_Minh'

/**
 * Runs every job that is due now (scheduled publish and unpublish, later reminders). The cron below
 * calls it each minute; tests call it directly with a controlled clock instead of waiting.
 */
export const runDueJobs = async (payload: Payload): Promise<void> => {
  await payload.jobs.run({ allQueues: true, limit: 100 })
}

let task: ScheduledTask | undefined

/** Starts the minute tick in the Vietnamese time zone; a slow run is never overlapped by the next. */
export const startScheduler = (payload: Payload): ScheduledTask => {
  task ??= cron.schedule(
    '* * * * *',
    async () => {
      try {
        await runDueJobs(payload)
      } catch (error) {
        payload.logger.error({ err: error }, 'Running due jobs failed')
      }
    },
    { timezone: TIME_ZONE, noOverlap: true, name: 'due-jobs' },
  )
  return task
}
