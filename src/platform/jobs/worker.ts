/**
 * `npm run worker` (or `npm start` with PROCESS_ROLE=worker): runs the schedules and delivers the
 * outbox without serving pages. Any number may run against one database: every job is idempotent and
 * every message is claimed before it is sent. Run with `payload run`, which loads the config.
 */
import { getPayload } from 'payload'

import config from '@payload-config'
import { checkMailTransport } from '@/modules/messaging/mailer'
import { startScheduler, stopScheduler } from './scheduler'

// Holds the process open while it waits for a stop signal (with no schedule running nothing else
// would), and against the early end seen without one (see src/seed/run.ts).
const keepAlive = setInterval(() => undefined, 1000)

const payload = await getPayload({ config })
const state = startScheduler(payload)
const mail = await checkMailTransport(true)
console.log(
  [
    `Worker ${state.instance}: ${state.running ? 'đang chạy lịch / running schedules' : 'KHÔNG chạy lịch nào / NOT running any schedule'} (${state.timeZone})`,
    ...state.schedules.map((s) => `  ${s.name}: ${s.cron}`),
    ...state.problems.map((p) => `  ! ${p.variable}: ${p.vi} / ${p.en}`),
    `  SMTP: ${!mail.configured ? 'chưa cấu hình, thư được giữ trong hộp thư đi / not configured, mail is held in the outbox' : mail.ok ? 'OK' : `không kết nối được / unreachable: ${mail.error}`}`,
  ].join('\n'),
)

// Until told to stop; a tick under way finishes its current message (its claim and lease cover the rest).
await new Promise<void>((resolve) => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve())
})
await stopScheduler()
await payload.destroy()
clearInterval(keepAlive)
