import type { Payload, TaskConfig } from 'payload'

import { deliverDue } from '@/modules/messaging/outbox'
import { markMissedAirings, sendBroadcastReminders } from './broadcasts'
import { sendWeeklyDigests, takeComplianceSnapshots } from './digest'
import { chaseReports } from './reports'

/** The work the schedules queue as Payload jobs: durable, retried, visible under Jobs in the admin. */
export const scheduledWork = {
  broadcastReminders: sendBroadcastReminders,
  missedAirings: markMissedAirings,
  reportDeadlines: chaseReports,
  weeklyDigest: sendWeeklyDigests,
  complianceSnapshot: takeComplianceSnapshots,
  deliverOutbox: (payload: Payload, now?: Date) => deliverDue(payload, { now }),
} satisfies Record<string, (payload: Payload, now?: Date) => Promise<object>>

export type ScheduledTask = keyof typeof scheduledWork

/**
 * Each run is idempotent (every message and record it writes has a unique key), so a retry after a
 * failure, a second worker or a job run twice after a restart sends nothing twice.
 */
export const jobTasks: TaskConfig[] = (Object.keys(scheduledWork) as ScheduledTask[]).map((slug) => ({
  slug,
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 30_000 } },
  outputSchema: [{ name: 'result', type: 'json' }],
  handler: async ({ req }) => ({ output: { result: await scheduledWork[slug](req.payload, new Date()) } }),
})) as TaskConfig[]
