import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { spawn, type ChildProcess } from 'node:child_process'
import { jobsSlug, slugs } from '@/platform/slugs'
import { reportOverdueMail } from '@/modules/campaigns/mail'
import { deliverDue, enqueueMail } from '@/modules/messaging/outbox'
import { createTree, createUser, type Tree } from '../helpers/fixtures'
import { setClock } from '../helpers/clock'
import { startTestApp, type TestApp } from '../helpers/payload'
import { startSmtpTrap, type SmtpTrap } from '../helpers/smtp'

let app: TestApp
let smtp: SmtpTrap
let tree: Tree

beforeAll(async () => {
  smtp = await startSmtpTrap()
  process.env.SMTP_URL = smtp.url
  app = await startTestApp()
  tree = await createTree(app.payload)
})
afterAll(async () => {
  await app?.destroy()
  await smtp?.close()
})
afterEach(() => {
  jest.useRealTimers()
  smtp.refuse = false
  smtp.hang = false
  smtp.mails.length = 0
})

const overdueNotice = (n: number) =>
  enqueueMail(app.payload, {
    key: `test:overdue:${n}`,
    template: reportOverdueMail,
    to: `donvi${n}@test.vn`,
    language: 'vi',
    data: {
      recipientName: `Đơn vị ${n}`,
      planId: 1,
      planNumber: `Số ${n}/KH`,
      planTitle: 'Kế hoạch',
      periodLabel: 'Quý IV/2026',
      deadline: '2026-12-20T10:00:00.000Z',
    },
  })

const messages = async (prefix: string) =>
  (
    await app.payload.find({
      collection: slugs.outbox,
      where: { key: { like: prefix } },
      overrideAccess: true,
      pagination: false,
      sort: 'key',
    })
  ).docs

type Worker = { child: ChildProcess; done: Promise<string> }

const spawnWorker = (env: Record<string, string>): Worker & { ready: Promise<boolean> } => {
  const child = spawn(
    process.execPath,
    // See NODE_FLAGS in scripts/start.ts.
    ['--conditions=production', 'scripts/node-run.mjs', 'tests/helpers/workerProcess.ts'],
    {
      env: {
        ...process.env,
        NODE_OPTIONS: '--no-deprecation',
        NODE_ENV: 'production',
        SMTP_URL: smtp.url,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  let markReady: (ready: boolean) => void = () => undefined
  const ready = new Promise<boolean>((resolve) => (markReady = resolve))
  child.stdout?.on('data', (chunk) => {
    output += chunk
    if (output.includes('WORKER_READY')) markReady(true)
  })
  child.stderr?.on('data', (chunk) => (output += chunk))
  // Bounded: a worker that does not finish in a minute fails the test with what it printed.
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
  const done = new Promise<string>((resolve) =>
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      markReady(false)
      resolve(`${output}\n[exit ${code ?? signal}]`)
    }),
  )
  return { child, done, ready }
}

/**
 * Starts a worker process on the test's database (tests/helpers/workerProcess.ts, run on plain Node
 * by scripts/node-run.mjs as `npm run worker` is) and waits until its Payload is up. A process that
 * never gets there is replaced (up to three tries): a start-up failure is not what is tested here.
 */
const startWorker = async (env: Record<string, string>): Promise<Worker> => {
  for (let attempt = 1; ; attempt++) {
    const worker = spawnWorker(env)
    const ready = await Promise.race([
      worker.ready,
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 45_000)),
    ])
    if (ready || attempt === 3) return worker
    worker.child.kill('SIGKILL')
    await worker.done
  }
}

describe('outbox delivery', () => {
  it('should keep every mail while the SMTP server refuses, and send each exactly once when it is back', async () => {
    setClock('2026-12-21T08:00:00+07:00')
    for (const n of [1, 2, 3]) expect(await overdueNotice(n)).toBe(true)
    expect(await overdueNotice(1)).toBe(false)

    smtp.refuse = true
    expect(await deliverDue(app.payload)).toMatchObject({ retry: 3, sent: 0 })
    let stored = await messages('test:overdue:')
    expect(stored.map((m) => [m.state, m.attempts])).toEqual([
      ['pending', 1],
      ['pending', 1],
      ['pending', 1],
    ])
    expect(stored[0]!.lastError).toContain('451')
    const health = (await (await app.rest('GET', '/health')).json()) as {
      mail: { ok: boolean }
      outbox: { pending: number }
    }
    expect(health).toMatchObject({ mail: { ok: false }, outbox: { pending: 3 } })

    // Not due again before the back-off (1 minute after the first failure, then 5).
    expect(await deliverDue(app.payload)).toMatchObject({ retry: 0, sent: 0 })
    setClock('2026-12-21T08:01:00+07:00')
    expect(await deliverDue(app.payload)).toMatchObject({ retry: 3 })
    setClock('2026-12-21T08:05:00+07:00')
    expect(await deliverDue(app.payload)).toMatchObject({ retry: 0, sent: 0 })

    smtp.refuse = false
    setClock('2026-12-21T08:06:00+07:00')
    expect(await deliverDue(app.payload)).toMatchObject({ sent: 3 })
    expect(await deliverDue(app.payload)).toMatchObject({ sent: 0 })
    await smtp.waitFor(3)
    expect(smtp.mails.map((m) => m.subject)).toEqual([
      'Quá hạn nộp báo cáo Quý IV/2026 (Số 1/KH)',
      'Quá hạn nộp báo cáo Quý IV/2026 (Số 2/KH)',
      'Quá hạn nộp báo cáo Quý IV/2026 (Số 3/KH)',
    ])
    stored = await messages('test:overdue:')
    expect(stored.map((m) => [m.state, m.attempts])).toEqual([
      ['sent', 3],
      ['sent', 3],
      ['sent', 3],
    ])
  })

  it('should let admins cancel an unsent message and send a failed one again, and nobody else', async () => {
    setClock('2026-12-22T08:00:00+07:00')
    await overdueNotice(10)
    const [message] = await messages('test:overdue:10')
    await createUser(app.payload, 'quantri@test.vn', ['admin'], null)
    await createUser(app.payload, 'bientap@test.vn', ['editor'], tree.province)
    const admin = await app.login('quantri@test.vn', 'MatKhau@Test1')
    const editor = await app.login('bientap@test.vn', 'MatKhau@Test1')
    expect(
      (await app.rest('POST', `/outbox/${message!.id}/cancel`, { token: editor })).status,
    ).toBe(403)
    expect((await app.rest('GET', `/outbox/${message!.id}`, { token: editor })).status).toBe(403)
    const cancelled = await app.rest('POST', `/outbox/${message!.id}/cancel`, { token: admin })
    expect(cancelled.status).toBe(200)
    expect(((await cancelled.json()) as { message: string }).message).toBe(
      'Đã hủy, thư sẽ không được gửi.',
    )
    expect(await deliverDue(app.payload)).toMatchObject({ sent: 0 })
    expect((await app.rest('POST', `/outbox/${message!.id}/cancel`, { token: admin })).status).toBe(
      409,
    )
    expect((await app.rest('POST', `/outbox/${message!.id}/retry`, { token: admin })).status).toBe(
      200,
    )
    expect(await deliverDue(app.payload)).toMatchObject({ sent: 1 })
    const retried = await app.rest('POST', `/outbox/${message!.id}/retry`, {
      token: admin,
      headers: { 'Accept-Language': 'en' },
    })
    expect(retried.status).toBe(409)
  })
})

/** Worker processes start Payload from scratch (several seconds each on two busy cores). */
const WORKER_TEST_TIMEOUT = 300_000

// Real processes sharing one SQLite file on two busy cores stay timing-dependent: a failed run is
// repeated (and its errors logged), each on its own data and dates so runs cannot see each other's.
jest.retryTimes(2, { logErrorsBeforeRetry: true })
let run = 0

describe('several workers', () => {
  it(
    'should send every reminder once when two worker processes run on the same database',
    async () => {
      const r = ++run
      const day = 4 + 7 * r
      const system = { overrideAccess: true, depth: 0 } as const
      for (const n of [1, 2])
        await createUser(app.payload, `xa${n}.${r}@test.vn`, ['reporter'], tree.communeA2)
      const outlet = await app.payload.create({
        collection: slugs.outlets,
        data: {
          name: `Đài xã A2 (${r})`,
          kind: 'communeStation',
          channels: ['communeRadio'],
          unit: tree.communeA2,
        },
        ...system,
      })
      for (const hour of ['06', '11', '17', '19']) {
        await app.payload.create({
          collection: slugs.broadcastItems,
          data: {
            title: `Bản tin ${hour} giờ (${r})`,
            outlet: outlet.id,
            channel: 'communeRadio',
            start: `2027-01-${String(day + 1).padStart(2, '0')}T${hour}:00:00+07:00`,
            durationMinutes: 10,
          },
          ...system,
        })
      }
      const env = {
        DATABASE_URL: process.env.DATABASE_URL!,
        MEDIA_DIR: process.env.MEDIA_DIR!,
        PAYLOAD_SECRET: process.env.PAYLOAD_SECRET!,
        FAKE_NOW: `2027-01-${String(day).padStart(2, '0')}T20:00:00+07:00`,
        WORKER_TASKS: 'broadcastReminders',
        ROUNDS: '3',
      }
      const workers = await Promise.all([startWorker(env), startWorker(env)])
      const outputs = await Promise.all(workers.map((w) => w.done))
      for (const output of outputs) expect(output).toContain('WORKER_DONE')

      await smtp.waitFor(8)
      const sent = smtp.mails
        .filter((m) => (m.subject ?? '').includes(`(${r})`))
        .map((m) => `${JSON.stringify(m.to)} ${m.subject}`)
      expect(sent).toHaveLength(8)
      expect(new Set(sent).size).toBe(8)
      const stored = (await messages('reminder:item:')).filter((m) =>
        String(m.subject).includes(`(${r})`),
      )
      expect(stored).toHaveLength(8)
      // Each message was sent once, by one of the two workers, and recorded as sent.
      expect(stored.map((m) => `${m.state}:${m.attempts}`)).toEqual(Array(8).fill('sent:1'))
    },
    WORKER_TEST_TIMEOUT,
  )

  it(
    'should finish the job of a worker killed mid-send after a restart, sending the mail once',
    async () => {
      const n = 20 + ++run
      const start = new Date(Date.UTC(2027, 1, n, 1, 0, 0))
      setClock(start)
      await overdueNotice(n)
      smtp.hang = true
      const hanging = smtp.hanging()
      const env = {
        DATABASE_URL: process.env.DATABASE_URL!,
        MEDIA_DIR: process.env.MEDIA_DIR!,
        PAYLOAD_SECRET: process.env.PAYLOAD_SECRET!,
        FAKE_NOW: start.toISOString(),
      }
      const first = await startWorker(env)
      expect(await Promise.race([hanging.then(() => 'sending'), first.done])).toBe('sending')
      first.child.kill('SIGKILL')
      await first.done
      smtp.hang = false
      const [left] = await messages(`test:overdue:${n}`)
      expect(left).toMatchObject({ state: 'sending', attempts: 1 })
      const { docs: jobs } = await app.payload.find({
        collection: jobsSlug,
        where: { processing: { equals: true } } as never,
        overrideAccess: true,
      })
      expect(jobs).toHaveLength(1)

      // Restarted later than the job's and the message's leases: the job runs again and the mail goes once.
      const second = await startWorker({
        ...env,
        FAKE_NOW: new Date(start.getTime() + 11 * 60_000).toISOString(),
      })
      expect(await second.done).toContain('WORKER_DONE')
      await smtp.waitFor(1)
      expect(smtp.mails.map((m) => m.subject)).toEqual([
        `Quá hạn nộp báo cáo Quý IV/2026 (Số ${n}/KH)`,
      ])
      expect((await messages(`test:overdue:${n}`))[0]).toMatchObject({ state: 'sent', attempts: 2 })
      const { totalDocs } = await app.payload.count({
        collection: jobsSlug,
        where: { completedAt: { exists: false } } as never,
        overrideAccess: true,
      })
      expect(totalDocs).toBe(0)
    },
    WORKER_TEST_TIMEOUT,
  )
})
