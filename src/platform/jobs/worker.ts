/**
 * `npm run worker` (or `npm start` with PROCESS_ROLE=worker): runs the schedules and delivers the
 * outbox without serving pages. Any number may run against one database: every job is idempotent and
 * every message is claimed before it is sent. Run on plain Node by scripts/node-run.mjs.
 */
import { getPayload } from 'payload'
import { appExtensions } from '@/platform/module'
import { startScheduler, stopScheduler } from './scheduler'

import config from '@payload-config'

// Holds the process open while it waits for a stop signal (with no schedule running nothing else
// would), and against the early end seen without one (see src/seed/run.ts).
const keepAlive = setInterval(() => undefined, 1000)

const payload = await getPayload({ config })
const state = startScheduler(payload)
const statuses = await Promise.all(
  appExtensions(payload).statusReports.map((report) => report(payload)),
)
console.log(
  [
    `Worker ${state.instance}: ${state.running ? 'đang chạy lịch / running schedules' : 'KHÔNG chạy lịch nào / NOT running any schedule'} (${state.timeZone})`,
    ...state.schedules.map((s) => `  ${s.name}: ${s.cron}`),
    ...state.problems.map((p) => `  ! ${p.variable}: ${p.vi} / ${p.en}`),
    ...statuses.map((line) => `  ${line}`),
  ].join('\n'),
)

// Until told to stop; a tick under way finishes its current message (its claim and lease cover the rest).
await new Promise<void>((resolve) => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve())
})
await stopScheduler()
await payload.destroy()
clearInterval(keepAlive)
