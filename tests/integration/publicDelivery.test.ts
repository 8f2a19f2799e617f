import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn, type ChildProcess } from 'node:child_process'
import { globalSlugs, slugs } from '@/platform/slugs'
import { createTaxonomy, richText } from '../helpers/content'
import { createTree, createUser, type Tree } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'
import http from 'node:http'

// Read once, when the delivery state is first made: a small burst that refills slowly, and the
// default one-second poll whose bound the README states.
process.env.PUBLIC_API_KEY_BURST = '3'
process.env.PUBLIC_API_KEY_RATE = '0.01'
delete process.env.PUBLIC_CACHE_POLL_MS
const POLL_MS = 1000
/** The bound the README states for another instance: one poll interval plus one second. */
const OTHER_INSTANCE_BOUND_MS = POLL_MS + 1000

const PORTAL_KEY = 'portal-key-0123456789abcdef0123456789abcdef'
const LIMITED_KEY = 'limited-key-0123456789abcdef0123456789abcdef'
const LIST = '/api/public/v1/articles?limit=20'

let app: TestApp
let tree: Tree
let area: number
let fastServer: http.Server
let fastUrl: string
let registry: typeof import('@/modules/delivery/registry')
let generation: typeof import('@/modules/delivery/cache/generation')

beforeAll(async () => {
  app = await startTestApp()
  tree = await createTree(app.payload)
  ;({ area } = await createTaxonomy(app.payload))
  await createUser(app.payload, 'portal@test.vn', ['portal'], tree.province, {
    enableAPIKey: true,
    apiKey: PORTAL_KEY,
  })
  await createUser(app.payload, 'limited@test.vn', ['portal'], tree.province, {
    enableAPIKey: true,
    apiKey: LIMITED_KEY,
  })
  registry = await import('@/modules/delivery/registry')
  generation = await import('@/modules/delivery/cache/generation')
  const { publicRequestListener } = await import('@/modules/delivery/cache/nodeListener')
  fastServer = http.createServer(
    publicRequestListener({ payload: app.payload, matchRoute: registry.matchPublicRoute }),
  )
  await new Promise<void>((resolve) => fastServer.listen(0, '127.0.0.1', resolve))
  fastUrl = `http://127.0.0.1:${(fastServer.address() as { port: number }).port}`
})
afterAll(async () => {
  generation?.stopWatching()
  await new Promise((resolve) => fastServer?.close(resolve))
  await app?.destroy()
})

/** Through Next's route handlers (dispatchPublic), as `next dev` / `next start` serve it. */
const viaNext = (urlPath: string, init: RequestInit = {}) =>
  registry.dispatchPublic(app.payload, new Request(`http://localhost:3000${urlPath}`, init))

/** Through the fast node:http path, as `npm start` serves it. */
const viaFast = (urlPath: string, init: RequestInit = {}) => fetch(`${fastUrl}${urlPath}`, init)

const titles = async (response: Response) =>
  ((await response.json()) as { items: { title: string }[] }).items.map((item) => item.title)

const draft = async (title: string) =>
  app.payload.create({
    collection: slugs.articles,
    data: {
      title,
      summary: `Tóm tắt: ${title}`,
      body: richText(title),
      reformAreas: [area],
      unit: tree.province,
    },
    draft: true,
    overrideAccess: true,
  })

const publish = (id: number | string, data: Record<string, unknown> = {}) =>
  app.payload.update({
    collection: slugs.articles,
    id,
    data: { ...data, _status: 'published' },
    overrideAccess: true,
  })

describe.each([
  ['Next route handlers', viaNext],
  ['the fast path', viaFast],
])('HTTP caching through %s', (_name, get) => {
  beforeAll(async () => {
    const doc = await draft(`Tin công khai ${_name}`)
    await publish(doc.id)
  })

  it('should answer a shared route with a strong ETag, a short public Cache-Control and 304 for a matching If-None-Match', async () => {
    const first = await get(LIST)
    expect(first.status).toBe(200)
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^"[^"]+"$/)
    expect(first.headers.get('cache-control')).toBe('public, max-age=10, stale-while-revalidate=30')

    const again = await get(LIST, { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    expect(again.headers.get('etag')).toBe(etag)
    expect(await again.text()).toBe('')
    expect((await get(LIST, { headers: { 'If-None-Match': '"something-else"' } })).status).toBe(200)
  })

  it('should answer a cache hit with the very same bytes, whatever the order of the query parameters', async () => {
    const miss = await get('/api/public/v1/articles?limit=5&page=1')
    const hit = await get('/api/public/v1/articles?page=1&limit=5')
    expect(hit.headers.get('x-cache')).toBe('HIT')
    expect(Buffer.from(await hit.arrayBuffer()).equals(Buffer.from(await miss.arrayBuffer()))).toBe(
      true,
    )
    expect(hit.headers.get('etag')).toBe(miss.headers.get('etag'))
  })

  it('should mark a route behind a secret (a unit calendar feed) private, no-store', async () => {
    const res = await get(`/feeds/broadcasts.ics?unit=TN&token=not-the-token`)
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    expect(res.headers.get('x-cache')).toBeNull()
  })

  it('should let portals on other origins read the API: CORS without credentials and an answered preflight', async () => {
    const res = await get(LIST, { headers: { Origin: 'https://cong.example.vn' } })
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-allow-credentials')).toBeNull()
    expect(res.headers.get('access-control-expose-headers')).toContain('ETag')
    // The answer is the same for every origin; only an API key changes it (401, 429).
    expect(res.headers.get('vary')).toBe('Authorization')

    const preflight = await get(LIST, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://cong.example.vn',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS')
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain(
      'authorization',
    )
  })

  it('should answer HEAD with the headers of GET and no body', async () => {
    const full = await get(LIST)
    const head = await get(LIST, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('etag')).toBe(full.headers.get('etag'))
    expect(head.headers.get('content-length')).toBe(full.headers.get('content-length'))
    expect(await head.text()).toBe('')
  })
})

describe('a failing route', () => {
  it('should answer 500 in Vietnamese and English, keep nothing, and go on serving', async () => {
    let calls = 0
    // A test-only route whose handler throws.
    registry.publicRoutes.push({
      path: '/api/public/v1/test-failure',
      shared: true,
      handler: async () => {
        calls++
        throw new Error('the database went away')
      },
    })
    try {
      for (const get of [viaFast, viaNext]) {
        const res = await get('/api/public/v1/test-failure')
        expect(res.status).toBe(500)
        expect(res.headers.get('cache-control')).toBe('no-store')
        const body = (await res.json()) as { error: { code: string; message: string } }
        expect(body.error).toEqual({
          code: 'serverError',
          message:
            'Máy chủ gặp lỗi khi trả lời yêu cầu này. Vui lòng thử lại sau. / The server failed to answer this request. Please try again later.',
        })
      }
      expect(calls).toBe(2)
      expect((await viaFast(LIST)).status).toBe(200)
    } finally {
      registry.publicRoutes.splice(
        registry.publicRoutes.findIndex((route) => route.path === '/api/public/v1/test-failure'),
        1,
      )
    }
  })
})

describe('read-only API keys', () => {
  it('should serve a valid key, counting its requests', async () => {
    const res = await viaFast(LIST, { headers: { Authorization: `users API-Key ${PORTAL_KEY}` } })
    expect(res.status).toBe(200)
    expect(res.headers.get('x-ratelimit-remaining')).toBe('2')
  })

  it('should refuse an unknown key with 401 in Vietnamese and English, and still serve anonymous readers', async () => {
    const res = await viaNext(LIST, { headers: { Authorization: 'users API-Key not-a-key' } })
    expect(res.status).toBe(401)
    const body = (await res.json()) as { error: { code: string; message: string } }
    expect(body.error.code).toBe('invalidApiKey')
    expect(body.error.message).toBe(
      'Khóa API không hợp lệ hoặc đã bị thu hồi. / The API key is invalid or has been revoked.',
    )
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect((await viaNext(LIST)).status).toBe(200)
  })

  it('should answer 429 with Retry-After once a key has used its burst, on either path', async () => {
    const auth = { headers: { Authorization: `users API-Key ${LIMITED_KEY}` } }
    expect((await viaFast(LIST, auth)).status).toBe(200)
    expect((await viaNext(LIST, auth)).status).toBe(200)
    expect((await viaFast(LIST, auth)).status).toBe(200)
    const limited = await viaFast(LIST, auth)
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    const body = (await limited.json()) as { error: { code: string; message: string } }
    expect(body.error.code).toBe('rateLimited')
    expect(body.error.message).toMatch(
      /^Khóa API này đã gửi quá nhiều yêu cầu\..* \/ This API key has sent too many requests\./,
    )
    // Other keys and anonymous readers are not affected.
    expect((await viaFast(LIST)).status).toBe(200)
  })
})

describe('a change to content on this instance', () => {
  it('should show a published, edited, then unpublished article at once, on both paths', async () => {
    const doc = await draft('Thông báo tiếp nhận hồ sơ trực tuyến')
    const single = `/api/public/v1/articles/${doc.slug as string}`
    // Prime the caches while the article is a draft.
    for (const get of [viaNext, viaFast]) {
      expect(await titles(await get(LIST))).not.toContain('Thông báo tiếp nhận hồ sơ trực tuyến')
      expect((await get(single)).status).toBe(404)
      expect((await get(LIST)).headers.get('x-cache')).toBe('HIT')
    }

    await publish(doc.id)
    for (const get of [viaNext, viaFast]) {
      expect((await titles(await get(LIST)))[0]).toBe('Thông báo tiếp nhận hồ sơ trực tuyến')
      expect((await get(single)).status).toBe(200)
    }

    await publish(doc.id, { title: 'Thông báo tiếp nhận hồ sơ trực tuyến (sửa đổi)' })
    for (const get of [viaNext, viaFast])
      expect((await titles(await get(LIST)))[0]).toBe(
        'Thông báo tiếp nhận hồ sơ trực tuyến (sửa đổi)',
      )

    await app.payload.update({
      collection: slugs.articles,
      id: doc.id,
      data: { _status: 'draft' },
      overrideAccess: true,
    })
    for (const get of [viaNext, viaFast]) {
      expect(await titles(await get(LIST))).not.toContain(
        'Thông báo tiếp nhận hồ sơ trực tuyến (sửa đổi)',
      )
      expect((await get(single)).status).toBe(404)
    }
  })

  it('should not empty the cache a second time when its poller reads the stamp this instance wrote', async () => {
    const doc = await draft('Lịch tiếp công dân tháng 12')
    await publish(doc.id)
    expect((await titles(await viaFast(LIST)))[0]).toBe('Lịch tiếp công dân tháng 12')
    expect((await viaFast(LIST)).headers.get('x-cache')).toBe('HIT')
    // Two rounds of the stamp poller: the stamp it reads is the one this change stored.
    await new Promise((resolve) => setTimeout(resolve, 2 * POLL_MS + 200))
    expect((await viaFast(LIST)).headers.get('x-cache')).toBe('HIT')
  })

  it('should not keep what a read saw while the change was still uncommitted', async () => {
    const doc = await draft('Bản tin trước khi sửa')
    await publish(doc.id)
    // Let this instance's poller catch up with the stored stamp (its reading of a new stamp drops the
    // cache too), so that no bump but the ones under test happens in between.
    const { deliveryState } = await import('@/modules/delivery/cache/state')
    await viaFast(LIST)
    const stored = (await app.payload.findGlobal({ slug: globalSlugs.publicCacheState })) as {
      stamp?: string | null
    }
    while (deliveryState().seenStamp !== (stored.stamp ?? null))
      await new Promise((r) => setTimeout(r, 20))
    const { createLocalReq, initTransaction, commitTransaction } = await import('payload')
    const req = await createLocalReq({}, app.payload)
    await initTransaction(req)
    await app.payload.update({
      collection: slugs.articles,
      id: doc.id,
      data: { title: 'Bản tin sau khi sửa' },
      req,
      overrideAccess: true,
    })
    // A read racing the commit sees the old rows (and may cache them under the bumped generation)…
    expect(await titles(await viaFast(LIST))).toContain('Bản tin trước khi sửa')
    expect((await viaFast(LIST)).headers.get('x-cache')).toBe('HIT')
    await commitTransaction(req)
    // …which the bump after the commit drops.
    const after = await titles(await viaFast(LIST))
    expect(after).toContain('Bản tin sau khi sửa')
    expect(after).not.toContain('Bản tin trước khi sửa')
  })
})

describe('a change made through another instance', () => {
  let child: ChildProcess | undefined
  afterAll(() => {
    if (child?.pid && child.exitCode === null) child.kill('SIGTERM')
  })

  it(`should reach a second instance on the same database within the stated bound (${OTHER_INSTANCE_BOUND_MS} ms)`, async () => {
    // Run on plain Node like the worker and the seed (scripts/node-run.mjs): loading TypeScript
    // through tsx's module hooks now and then stalls. A start that still fails is made again.
    let output = ''
    for (let attempt = 1; !/PUBLIC_INSTANCE_READY (\d+)/.test(output); attempt++) {
      output = ''
      const started = spawn(
        process.execPath,
        // See NODE_FLAGS in scripts/start.ts.
        ['--conditions=production', 'scripts/node-run.mjs', 'tests/helpers/publicInstance.ts'],
        {
          cwd: process.cwd(),
          env: {
            ...process.env,
            NODE_OPTIONS: '--no-deprecation',
            PUBLIC_CACHE_POLL_MS: String(POLL_MS),
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      )
      child = started
      started.stdout?.on('data', (chunk) => (output += chunk))
      started.stderr?.on('data', (chunk) => (output += chunk))
      const deadline = Date.now() + 60_000
      while (
        !/PUBLIC_INSTANCE_READY (\d+)/.test(output) &&
        started.exitCode === null &&
        Date.now() < deadline
      )
        await new Promise((r) => setTimeout(r, 100))
      if (/PUBLIC_INSTANCE_READY/.test(output)) break
      if (started.exitCode === null) started.kill('SIGKILL')
      if (attempt === 3) throw new Error(`the second instance did not start:\n${output}`)
    }
    const other = `http://127.0.0.1:${/PUBLIC_INSTANCE_READY (\d+)/.exec(output)![1]}`
    const readOther = async () => titles(await fetch(`${other}${LIST}`))

    const doc = await draft('Tin đăng qua phiên bản thứ nhất')
    // Prime the second instance's cache while the article is a draft: read until it answers from its
    // cache (its poller drops the cache once more when it first sees the stamp of the draft's save).
    const primedBy = Date.now() + 15_000
    let cacheState: string | null = null
    while (cacheState !== 'HIT' && Date.now() < primedBy) {
      const res = await fetch(`${other}${LIST}`)
      expect(await titles(res)).not.toContain('Tin đăng qua phiên bản thứ nhất')
      cacheState = res.headers.get('x-cache')
      await new Promise((r) => setTimeout(r, 100))
    }
    expect(cacheState).toBe('HIT')

    await publish(doc.id)
    const publishedAt = Date.now()
    let seenAfter = -1
    while (Date.now() - publishedAt < OTHER_INSTANCE_BOUND_MS + 3000) {
      if ((await readOther()).includes('Tin đăng qua phiên bản thứ nhất')) {
        seenAfter = Date.now() - publishedAt
        break
      }
      await new Promise((r) => setTimeout(r, 50))
    }
    expect(seenAfter).toBeGreaterThanOrEqual(0)
    // The bound plus some slack for this test's own polling on a busy machine.
    expect(seenAfter).toBeLessThanOrEqual(OTHER_INSTANCE_BOUND_MS + 500)
  })
})
