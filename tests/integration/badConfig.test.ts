import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startScheduler, stopScheduler } from '@/platform/jobs/scheduler'
import { startTestApp, type TestApp } from '../helpers/payload'
import net from 'node:net'

let app: TestApp

beforeAll(async () => {
  // A port nothing listens on: the SMTP server is unreachable.
  const closed = await new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
  process.env.SMTP_URL = `smtp://127.0.0.1:${closed}`
  process.env.CRON_WEEKLY_DIGEST = 'mỗi thứ hai'
  process.env.SCHEDULE_TIME_ZONE = 'Asia/Hanoi'
  app = await startTestApp()
})
afterAll(async () => {
  await stopScheduler()
  await app?.destroy()
  delete process.env.CRON_WEEKLY_DIGEST
  delete process.env.SCHEDULE_TIME_ZONE
})

describe('bad configuration', () => {
  it('should start the scheduler without running anything on a wrong clock, and say why', async () => {
    const state = startScheduler(app.payload)
    expect(state.running).toBe(false)
    expect(state.problems.map((p) => p.variable).sort()).toEqual([
      'CRON_WEEKLY_DIGEST',
      'SCHEDULE_TIME_ZONE',
    ])
  })

  it('should keep serving and list every problem in /api/health, in Vietnamese and in English', async () => {
    expect((await app.rest('GET', '/articles')).status).toBe(200)
    const vi = (await (await app.rest('GET', '/health')).json()) as {
      status: string
      mail: { configured: boolean; ok: boolean }
      problems: { area: string; message: string }[]
    }
    expect(vi.status).toBe('degraded')
    expect(vi.mail).toMatchObject({ configured: true, ok: false })
    const messages = vi.problems.map((p) => p.message)
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^SCHEDULE_TIME_ZONE: múi giờ "Asia\/Hanoi" không tồn tại/),
        expect.stringMatching(/^CRON_WEEKLY_DIGEST: biểu thức cron "mỗi thứ hai" không hợp lệ/),
        expect.stringMatching(/^Không kết nối được máy chủ SMTP/),
      ]),
    )
    const en = (await (
      await app.rest('GET', '/health', { headers: { 'Accept-Language': 'en' } })
    ).json()) as { problems: { message: string }[] }
    expect(en.problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^SCHEDULE_TIME_ZONE: unknown time zone "Asia\/Hanoi"/),
        expect.stringMatching(/^Cannot reach the SMTP server/),
      ]),
    )
  })
})
