import type { CollectionConfig, Endpoint, GlobalConfig, TaskConfig } from 'payload'
import { configProblems, resolveWorkLeases } from './config/env'
import { coreMessages } from './i18n/core'
import { WorkerHeartbeats } from './jobs/WorkerHeartbeats'
import type { AppExtensions } from './module'

/**
 * What every module uses (environment and database choice, the i18n core, slugs, roles,
 * `asUser`/`asSystem`, the time zone, text folding, the scheduler) and the little it stores itself.
 */
export const collections: CollectionConfig[] = [WorkerHeartbeats]
export const globals: GlobalConfig[] = []
export const endpoints: Endpoint[] = []
export const tasks: TaskConfig[] = []
export const messages = coreMessages

export const extensions: Partial<AppExtensions> = {
  // Wrong lease settings keep their defaults; said at start and in /api/health.
  configChecks: [(env) => configProblems(() => resolveWorkLeases(env))],
}
