/**
 * A worker process for fault tests, run with `payload run` (like `npm run worker`) against the
 * test's database file: it runs the given scheduled tasks (or just the due jobs) ROUNDS times on a
 * clock fixed by FAKE_NOW, then prints WORKER_DONE. Tests start several at once or kill one mid-run.
 */
import fs from 'node:fs'

const fakeNow = process.env.FAKE_NOW ? Date.parse(process.env.FAKE_NOW) : null
if (fakeNow !== null) {
  // The clock of this process starts at FAKE_NOW and runs on from there.
  const RealDate = Date
  const offset = fakeNow - RealDate.now()
  class ShiftedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + offset)
      else super(...(args as [number]))
    }
    static override now() {
      return RealDate.now() + offset
    }
  }
  globalThis.Date = ShiftedDate as DateConstructor
}

// As in src/seed/run.ts: keep the event loop open (an early end with code 13 has been seen without).
const keepAlive = setInterval(() => undefined, 1000)
const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const { runDueJobs, runScheduledNow } = await import('@/platform/jobs/scheduler')

const payload = await getPayload({ config })
fs.writeSync(1, 'WORKER_READY\n')
const tasks = (process.env.WORKER_TASKS ?? '').split(',').filter(Boolean)
for (let round = 0; round < Number(process.env.ROUNDS ?? 1); round++) {
  if (tasks.length === 0) await runDueJobs(payload)
  for (const task of tasks) await runScheduledNow(payload, task as never)
}
await payload.destroy()
clearInterval(keepAlive)
fs.writeSync(1, 'WORKER_DONE\n')
