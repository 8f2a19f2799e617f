import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { AddressInfo } from 'node:net'
import { slugs } from '@/platform/slugs'
import { verifyWebhook } from '@/modules/messaging/domain/webhookEvents'
import { runDueJobs } from '@/platform/jobs/scheduler'
import { createTaxonomy, richText } from '../helpers/content'
import { createTree, createUser, PASSWORD, type Tree } from '../helpers/fixtures'
import { setClock } from '../helpers/clock'
import { startTestApp, type TestApp } from '../helpers/payload'
import http from 'node:http'

type Received = { headers: http.IncomingHttpHeaders; body: string }

let app: TestApp
let tree: Tree
let area: number
let receiver: http.Server
let receiverUrl: string
let down = false
const received: Received[] = []
const SECRET = 'bi-mat-cua-cong-thong-tin-huyen-a'

beforeAll(async () => {
  // The test's receiver listens on this machine; production refuses such addresses.
  process.env.WEBHOOK_ALLOW_PRIVATE = 'true'
  // A portal's receiver: answers 503 while "down", else 204 and keeps what it got.
  receiver = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      if (down) {
        res.writeHead(503).end()
        return
      }
      received.push({ headers: req.headers, body })
      res.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/cchc-hook`
  app = await startTestApp()
  tree = await createTree(app.payload)
  ;({ area } = await createTaxonomy(app.payload))
  await createUser(app.payload, 'quantri@test.vn', ['admin'], null)
  await createUser(app.payload, 'duyet@test.vn', ['editor', 'reviewer'], tree.province)
})
afterAll(async () => {
  delete process.env.WEBHOOK_ALLOW_PRIVATE
  await app?.destroy()
  await new Promise((resolve) => receiver.close(resolve))
})
afterEach(() => {
  jest.useRealTimers()
})

const events = () =>
  received.map(
    (r) => JSON.parse(r.body) as { type: string; document: { title: string; slug: string } },
  )

describe('webhooks only to public addresses', () => {
  it('should refuse loopback, private, link-local and metadata addresses at registration', async () => {
    const admin = await app.login('quantri@test.vn', PASSWORD)
    delete process.env.WEBHOOK_ALLOW_PRIVATE
    try {
      for (const url of [
        'http://127.0.0.1/hook',
        'http://localhost:3000/hook',
        'http://169.254.169.254/latest/meta-data',
        'http://10.0.0.1/',
        'http://192.168.1.1/',
        'http://[::1]/',
        'http://0x7f000001/',
        'http://2130706433/',
      ]) {
        const before = (await app.payload.count({ collection: slugs.webhooks })).totalDocs
        const res = await app.rest('POST', '/webhooks', {
          token: admin,
          body: { name: 'Nội bộ', url },
        })
        expect({ url, status: res.status }).toEqual({ url, status: 400 })
        expect(JSON.stringify(await res.json())).toContain('chỉ gửi tới địa chỉ công khai')
        expect((await app.payload.count({ collection: slugs.webhooks })).totalDocs).toBe(before)
      }
    } finally {
      process.env.WEBHOOK_ALLOW_PRIVATE = 'true'
    }
  })
})

describe('portal webhooks', () => {
  it('should let only admins register a hook, and make a secret when none is given', async () => {
    const admin = await app.login('quantri@test.vn', PASSWORD)
    const reviewer = await app.login('duyet@test.vn', PASSWORD)
    expect(
      (
        await app.rest('POST', '/webhooks', {
          token: reviewer,
          body: { name: 'Cổng huyện A', url: receiverUrl },
        })
      ).status,
    ).toBe(403)
    const bad = await app.rest('POST', '/webhooks', {
      token: admin,
      body: { name: 'Sai', url: 'ftp://portal' },
    })
    expect(bad.status).toBe(400)
    const made = await app.rest('POST', '/webhooks', {
      token: admin,
      body: { name: 'Tự tạo khóa', url: receiverUrl, active: false },
    })
    expect(((await made.json()) as { doc: { secret: string } }).doc.secret).toMatch(
      /^[0-9a-f]{64}$/,
    )
    const created = await app.rest('POST', '/webhooks', {
      token: admin,
      body: { name: 'Cổng huyện A', url: receiverUrl, secret: SECRET },
    })
    expect(created.status).toBe(201)
  })

  it('should POST signed publish, update and unpublish events once each, also after the receiver was down', async () => {
    setClock('2026-12-10T08:00:00+07:00')
    // Logged in on the test's clock (a token from the real clock would have expired by then).
    const reviewer = await app.login('duyet@test.vn', PASSWORD)
    down = true
    const res = await app.rest('POST', '/articles?draft=true', {
      token: reviewer,
      body: {
        title: 'Tỉnh công bố bộ thủ tục mới',
        summary: 'Tóm tắt',
        body: richText('Nội dung'),
        reformAreas: [area],
        unit: tree.province,
      },
    })
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as { doc: { id: number } }
    expect(
      (
        await app.rest('PATCH', `/articles/${doc.id}`, {
          token: reviewer,
          body: { _status: 'published' },
        })
      ).status,
    ).toBe(200)
    // A draft save changes nothing public: no event.
    await app.rest('PATCH', `/articles/${doc.id}?draft=true`, {
      token: reviewer,
      body: { title: 'Bản nháp chưa đăng' },
    })

    await runDueJobs(app.payload)
    expect(received).toHaveLength(0)
    const [pending] = (
      await app.payload.find({
        collection: slugs.outbox,
        where: { channel: { equals: 'webhook' } },
        overrideAccess: true,
      })
    ).docs
    expect(pending).toMatchObject({ state: 'pending', attempts: 1, to: receiverUrl })
    expect(pending!.lastError).toContain('503')

    // The portal is back; the retry after the back-off delivers it, once.
    down = false
    setClock('2026-12-10T08:01:30+07:00')
    await runDueJobs(app.payload)
    await runDueJobs(app.payload)
    expect(events().map((e) => e.type)).toEqual(['article.published'])

    await app.rest('PATCH', `/articles/${doc.id}`, {
      token: reviewer,
      body: { title: 'Tỉnh công bố bộ thủ tục mới (cập nhật)', _status: 'published' },
    })
    setClock('2026-12-10T08:02:00+07:00')
    await app.rest('PATCH', `/articles/${doc.id}`, { token: reviewer, body: { _status: 'draft' } })
    await runDueJobs(app.payload)
    await runDueJobs(app.payload)
    expect(events().map((e) => e.type)).toEqual([
      'article.published',
      'article.updated',
      'article.unpublished',
    ])
    expect(events()[1]!.document.title).toBe('Tỉnh công bố bộ thủ tục mới (cập nhật)')

    for (const { headers, body } of received) {
      expect(headers['content-type']).toContain('application/json')
      expect(
        verifyWebhook(
          SECRET,
          Number(headers['x-cchc-timestamp']),
          body,
          String(headers['x-cchc-signature']),
        ),
      ).toBe(true)
      expect(
        verifyWebhook(
          'khoa-sai',
          Number(headers['x-cchc-timestamp']),
          body,
          String(headers['x-cchc-signature']),
        ),
      ).toBe(false)
    }
    expect(new Set(received.map((r) => r.headers['x-cchc-delivery'])).size).toBe(3)
  })
})
