import type { TaskConfig } from 'payload'

import { firedAt, scheduledTaskOptions } from '@/platform/jobs/task'
import type { ScheduleDefinition } from '@/platform/module'

import { markMissedAirings, sendBroadcastReminders } from './broadcasts'
import { sendWeeklyDigests, takeComplianceSnapshots } from './digest'
import { chaseReports } from './reports'

const broadcastReminders: TaskConfig<'broadcastReminders'> = {
  slug: 'broadcastReminders',
  ...scheduledTaskOptions,
  handler: async ({ input, req }) => ({
    output: { result: await sendBroadcastReminders(req.payload, firedAt(input)) },
  }),
}

const missedAirings: TaskConfig<'missedAirings'> = {
  slug: 'missedAirings',
  ...scheduledTaskOptions,
  handler: async ({ input, req }) => ({
    output: { result: await markMissedAirings(req.payload, firedAt(input)) },
  }),
}

const reportDeadlines: TaskConfig<'reportDeadlines'> = {
  slug: 'reportDeadlines',
  ...scheduledTaskOptions,
  handler: async ({ input, req }) => ({
    output: { result: await chaseReports(req.payload, firedAt(input)) },
  }),
}

const weeklyDigest: TaskConfig<'weeklyDigest'> = {
  slug: 'weeklyDigest',
  ...scheduledTaskOptions,
  handler: async ({ input, req }) => ({
    output: { result: await sendWeeklyDigests(req.payload, firedAt(input)) },
  }),
}

const complianceSnapshot: TaskConfig<'complianceSnapshot'> = {
  slug: 'complianceSnapshot',
  ...scheduledTaskOptions,
  handler: async ({ input, req }) => ({
    output: { result: await takeComplianceSnapshots(req.payload, firedAt(input)) },
  }),
}

/** The campaigns' work the schedules queue as Payload jobs (durable, retried, visible under Jobs). */
export const campaignTasks = [
  broadcastReminders,
  missedAirings,
  reportDeadlines,
  weeklyDigest,
  complianceSnapshot,
]

/** Defaults (each overridable by `CRON_<TASK>`): reminders every 5 minutes, digest Monday 07:00, snapshot 01:30. */
export const campaignSchedules: ScheduleDefinition[] = [
  { task: 'broadcastReminders', cron: '*/5 * * * *' },
  { task: 'missedAirings', cron: '10 * * * *' },
  { task: 'reportDeadlines', cron: '20 * * * *' },
  { task: 'weeklyDigest', cron: '0 7 * * 1' },
  { task: 'complianceSnapshot', cron: '30 1 * * *' },
]
