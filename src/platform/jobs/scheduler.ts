import os from 'node:os'

import cron, { type ScheduledTask as CronTask } from 'node-cron'
import type { Payload, TypedJobs } from 'payload'
import { asSystem } from '@/platform/access/asUser'
import { resolveWorkLeases } from '@/platform/config/env'
import { appExtensions } from '@/platform/module'
import { existingProcessState, setProcessState } from '@/platform/processState'
import { jobsSlug, slugs } from '@/platform/slugs'
import { DUE_JOBS, resolveSchedules, type Schedules } from './schedules'

/**
 * A job still marked processing this long after its last change was left by a process that died: it
 * runs again (`JOB_LEASE_SECONDS`, 10 minutes; a wrong value keeps the default and is reported).
 */
export const jobLeaseMs = (env: Record<string, string | undefined> = process.env): number => {
  try {
    return resolveWorkLeases(env).jobMs
  } catch {
    return resolveWorkLeases({}).jobMs
  }
}

/** This process, as named in claims and heartbeats. */
export const workerName = (): string => `${os.hostname()}:${process.pid}`

export type SchedulerState = {
  running: boolean
  instance: string
  timeZone: string
  startedAt: string | null
  lastTickAt: string | null
  lastError: string | null
  schedules: Schedules['entries']
  problems: Schedules['problems']
}

// One scheduler per process (see processState).
const SCHEDULER = 'scheduler'
type Running = { state: SchedulerState; tasks: CronTask[] }

const schedulesOf = (payload: Payload): Schedules =>
  resolveSchedules(process.env, appExtensions(payload).schedules)

/** What this process's scheduler is doing (for /api/health); `running: false` in a web-only process. */
export const schedulerState = (payload: Payload): SchedulerState => {
  const running = existingProcessState<Running>(SCHEDULER)?.state
  if (running) return running
  const { timeZone, problems } = schedulesOf(payload)
  return {
    running: false,
    instance: workerName(),
    timeZone,
    startedAt: null,
    lastTickAt: null,
    lastError: null,
    schedules: [],
    problems,
  }
}

/** Puts back jobs that a dead process left marked as processing, so they run again. */
export const recoverStaleJobs = async (payload: Payload, now = new Date()): Promise<number> => {
  // The platform's own bookkeeping: no user is involved.
  const { docs } = await asSystem(payload).update({
    collection: jobsSlug,
    where: {
      and: [
        { processing: { equals: true } },
        { completedAt: { exists: false } },
        { updatedAt: { less_than: new Date(now.getTime() - jobLeaseMs()).toISOString() } },
      ],
    },
    data: { processing: false },
    depth: 0,
  })
  if (docs.length > 0)
    payload.logger.warn(`Recovered ${docs.length} job(s) left running by a stopped process`)
  return docs.length
}

/** Queues one scheduled task as a Payload job, with the moment its schedule fired. */
export const queueTask = async (
  payload: Payload,
  task: string,
  firedAt = new Date(),
): Promise<void> => {
  // Task names come from the modules' schedule declarations, checked against the config at start.
  await payload.jobs.queue({
    task: task as keyof TypedJobs['tasks'],
    input: { firedAt: firedAt.toISOString() } as never,
  })
}

const runQueued = (payload: Payload) =>
  payload.jobs.run({ allQueues: true, limit: 100, sequential: true })

/**
 * The minute tick: recover jobs a dead process left, run every due job (scheduled publishing and
 * the queued tasks) between the modules' tick hooks, then the modules' end-of-tick tasks (the outbox
 * delivery, as a job of its own: a worker killed mid-send leaves it to be recovered and finished).
 * Tests call this with a controlled clock instead of waiting for cron. Jobs run one after the other:
 * they are short, and on SQLite concurrent writers in one process would only queue for the same lock.
 */
export const runDueJobs = async (payload: Payload, now = new Date()): Promise<void> => {
  const { tickHooks, tickTasks } = appExtensions(payload)
  await recoverStaleJobs(payload, now)
  const seen: unknown[] = []
  for (const hook of tickHooks) seen.push(await hook.before?.(payload, now))
  await runQueued(payload)
  for (const [index, hook] of tickHooks.entries()) await hook.after?.(payload, now, seen[index])
  for (const task of tickTasks) await queueTask(payload, task, now)
  if (tickTasks.length > 0) await runQueued(payload)
}

/** Queues a task and runs it with everything else due: what a cron firing amounts to. */
export const runScheduledNow = async (
  payload: Payload,
  task: string,
  now = new Date(),
): Promise<void> => {
  await queueTask(payload, task, now)
  await runDueJobs(payload, now)
}

const beat = async (payload: Payload, state: SchedulerState): Promise<void> => {
  // The platform's own heartbeat record.
  const system = asSystem(payload)
  const data = {
    instance: state.instance,
    role: process.env.PROCESS_ROLE || 'all',
    startedAt: state.startedAt,
    lastTickAt: state.lastTickAt,
    lastError: state.lastError,
  }
  const { docs } = await system.find({
    collection: slugs.workerHeartbeats,
    where: { instance: { equals: state.instance } },
    limit: 1,
    depth: 0,
  })
  if (docs[0])
    await system.update({ collection: slugs.workerHeartbeats, id: docs[0].id, data, depth: 0 })
  else await system.create({ collection: slugs.workerHeartbeats, data, depth: 0 })
}

/**
 * Starts the schedules the modules declared (config `custom`), in their time zone (Asia/Ho_Chi_Minh
 * unless SCHEDULE_TIME_ZONE says otherwise). A bad setting is logged and reported in /api/health; it
 * never stops the process.
 */
export const startScheduler = (payload: Payload): SchedulerState => {
  const existing = existingProcessState<Running>(SCHEDULER)
  if (existing) return existing.state
  const { timeZone, entries, problems } = schedulesOf(payload)
  const state: SchedulerState = {
    running: entries.length > 0,
    instance: workerName(),
    timeZone,
    startedAt: new Date().toISOString(),
    lastTickAt: null,
    lastError: null,
    schedules: entries,
    problems,
  }
  for (const problem of problems)
    payload.logger.error(
      `Lịch tự động / Schedules — ${problem.variable}: ${problem.vi} / ${problem.en}`,
    )
  const tasks = entries.map(({ name, cron: expression }) =>
    cron.schedule(
      expression,
      async () => {
        try {
          if (name === DUE_JOBS) {
            await runDueJobs(payload)
            state.lastTickAt = new Date().toISOString()
            state.lastError = null
            await beat(payload, state)
          } else await queueTask(payload, name)
        } catch (error) {
          state.lastError = (error as Error).message
          payload.logger.error({ err: error }, `Scheduled work "${name}" failed`)
        }
      },
      { timezone: timeZone, noOverlap: true, name },
    ),
  )
  setProcessState<Running>(SCHEDULER, { state, tasks })
  return state
}

/** Stops this process's schedules (worker shutdown, tests). */
export const stopScheduler = async (): Promise<void> => {
  const existing = existingProcessState<Running>(SCHEDULER)
  if (!existing) return
  await Promise.all(existing.tasks.map((task) => task.stop()))
  setProcessState(SCHEDULER, undefined)
}
