import type { Field, TaskConfig } from 'payload'

/**
 * What every task of the platform's schedules shares: it is queued with the moment its schedule
 * fired (`firedAt`), retried with back-off, and keeps what it did as its output (visible to admins
 * under Jobs). Each run must be idempotent (every message and record it writes has a unique key),
 * so a retry, a second worker or a job run twice after a restart sends nothing twice.
 */
export const scheduledTaskOptions: {
  retries: TaskConfig['retries']
  inputSchema: Field[]
  outputSchema: Field[]
} = {
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 30_000 } },
  inputSchema: [{ name: 'firedAt', type: 'date' }],
  outputSchema: [{ name: 'result', type: 'json' }],
}

/** The moment a scheduled task's schedule fired (now, for a task queued without it). */
export const firedAt = (input: { firedAt?: string | null }): Date =>
  input.firedAt ? new Date(input.firedAt) : new Date()
