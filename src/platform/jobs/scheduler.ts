import cron, { type ScheduledTask as CronTask } from 'node-cron'
import type { Payload } from 'payload'

import { resolveSchedules, type ScheduleName, type ScheduleProblem } from './schedules'
import { jobsSlug, slugs } from '@/platform/slugs'
import { workerName } from '@/modules/messaging/outbox'
import { scheduledWork, type ScheduledTask } from '@/modules/campaigns/jobs'
import { dueSchedules, notifyScheduledPublishing } from '@/modules/content/jobs/scheduledPublish'


/** A job still marked processing after this long was left by a process that died: it runs again. */
export const JOB_LEASE_MS = 10 * 60_000

export type SchedulerState = {
  running: boolean
  instance: string
  timeZone: string
  startedAt: string | null
  lastTickAt: string | null
  lastError: string | null
  schedules: { name: ScheduleName; cron: string }[]
  problems: ScheduleProblem[]
}

const stateKey = Symbol.for('cchc.scheduler')
const globals = globalThis as unknown as Record<symbol, { state: SchedulerState; tasks: CronTask[] } | undefined>

/** What this process's scheduler is doing (for /api/health); `running: false` in a web-only process. */
export const schedulerState = (): SchedulerState => {
  const running = globals[stateKey]?.state
  if (running) return running
  const { timeZone, problems } = resolveSchedules(process.env)
  return { running: false, instance: workerName(), timeZone, startedAt: null, lastTickAt: null, lastError: null, schedules: [], problems }
}

/** Puts back jobs that a dead process left marked as processing, so they run again. */
export const recoverStaleJobs = async (payload: Payload, now = new Date()): Promise<number> => {
  const { docs } = await payload.update({
    collection: jobsSlug,
    where: { and: [{ processing: { equals: true } }, { completedAt: { exists: false } }, { updatedAt: { less_than: new Date(now.getTime() - JOB_LEASE_MS).toISOString() } }] },
    data: { processing: false },
    depth: 0,
    overrideAccess: true,
  })
  if (docs.length > 0) payload.logger.warn(`Recovered ${docs.length} job(s) left running by a stopped process`)
  return docs.length
}

/** Queues one scheduled task as a Payload job (the next tick runs it). */
export const queueTask = async (payload: Payload, task: ScheduledTask): Promise<void> => {
  await payload.jobs.queue({ task: task as never, input: {} as never })
}

/**
 * The minute tick: recover jobs a dead process left, run every due job (scheduled publishing and
 * the queued tasks), tell schedulers their publishing happened, then deliver the outbox as a job of
 * its own (a worker killed mid-send leaves it to be recovered and finished). Tests call this with a
 * controlled clock instead of waiting for cron. Jobs run one after the other: they are short, and on
 * SQLite concurrent writers in one process would only queue for the same lock.
 */
export const runDueJobs = async (payload: Payload, now = new Date()): Promise<void> => {
  await recoverStaleJobs(payload, now)
  const schedules = await dueSchedules(payload, now)
  await payload.jobs.run({ allQueues: true, limit: 100, sequential: true })
  await notifyScheduledPublishing(payload, schedules)
  await queueTask(payload, 'deliverOutbox')
  await payload.jobs.run({ allQueues: true, limit: 100, sequential: true })
}

/** Queues a task and runs it with everything else due: what a cron firing amounts to. */
export const runScheduledNow = async (payload: Payload, task: ScheduledTask, now = new Date()): Promise<void> => {
  await queueTask(payload, task)
  await runDueJobs(payload, now)
}

const beat = async (payload: Payload, state: SchedulerState): Promise<void> => {
  const data = { instance: state.instance, role: process.env.PROCESS_ROLE || 'all', startedAt: state.startedAt, lastTickAt: state.lastTickAt, lastError: state.lastError }
  const { docs } = await payload.find({ collection: slugs.workerHeartbeats, where: { instance: { equals: state.instance } }, limit: 1, depth: 0, overrideAccess: true })
  if (docs[0]) await payload.update({ collection: slugs.workerHeartbeats, id: docs[0].id, data, depth: 0, overrideAccess: true })
  else await payload.create({ collection: slugs.workerHeartbeats, data, depth: 0, overrideAccess: true })
}

/**
 * Starts the schedules in their time zone (Asia/Ho_Chi_Minh unless SCHEDULE_TIME_ZONE says
 * otherwise). A bad setting is logged and reported in /api/health; it never stops the process.
 */
export const startScheduler = (payload: Payload): SchedulerState => {
  const existing = globals[stateKey]
  if (existing) return existing.state
  const { timeZone, entries, problems } = resolveSchedules(process.env)
  const state: SchedulerState = { running: entries.length > 0, instance: workerName(), timeZone, startedAt: new Date().toISOString(), lastTickAt: null, lastError: null, schedules: entries, problems }
  for (const problem of problems) payload.logger.error(`Lịch tự động / Schedules — ${problem.variable}: ${problem.vi} / ${problem.en}`)
  const tasks = entries.map(({ name, cron: expression }) =>
    cron.schedule(
      expression,
      async () => {
        try {
          if (name === 'dueJobs') {
            await runDueJobs(payload)
            state.lastTickAt = new Date().toISOString()
            state.lastError = null
            await beat(payload, state)
          } else await queueTask(payload, name as ScheduledTask)
        } catch (error) {
          state.lastError = (error as Error).message
          payload.logger.error({ err: error }, `Scheduled work "${name}" failed`)
        }
      },
      { timezone: timeZone, noOverlap: true, name },
    ),
  )
  globals[stateKey] = { state, tasks }
  return state
}

/** Stops this process's schedules (worker shutdown, tests). */
export const stopScheduler = async (): Promise<void> => {
  const existing = globals[stateKey]
  if (!existing) return
  await Promise.all(existing.tasks.map((task) => task.stop()))
  delete globals[stateKey]
}

export { scheduledWork }
