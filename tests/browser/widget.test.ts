import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { AddressInfo } from 'node:net'
import type { Browser } from 'playwright-core'
import { DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD } from '@/platform/config/env'
import { richText } from '../helpers/content'
import { seriousViolations } from '../helpers/axe'
import { launchBrowser } from '../helpers/browser'
import { startRealApp, type RunningApp } from '../helpers/server'
import fs from 'node:fs'
import http from 'node:http'

let app: RunningApp
let browser: Browser
let portal: http.Server
let portalUrl: string
let adminToken: string
let publishedAt: string

const PUBLISHED = 'Cẩm Xuyên mở điểm hỗ trợ dịch vụ công trực tuyến tại nhà văn hóa thôn'
const DRAFT = 'BẢN NHÁP CHƯA DUYỆT – không được hiện trên cổng'
const SEGMENT = 'Chuyên mục CCHC: hướng dẫn thanh toán trực tuyến'
const UNIT = 'HT-CAMXUYEN'
const COMMUNE = 'HT-CAMBINH'
const PORTAL_LIST = 'https://camxuyen.hatinh.gov.vn/tin-cai-cach-hanh-chinh'

/** A portal whose developer mistyped: an unknown unit code, an unknown kind and a relative "more" link. */
const mistakesPage = () => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Portal</title><link rel="icon" href="data:,"></head>
<body>
  <div id="unit" data-cchc-widget data-kind="articles" data-unit="HT-KHONGCO"></div>
  <div id="unit-en" data-cchc-widget data-kind="faqs" data-unit="HT-KHONGCO" data-lang="en"></div>
  <div id="kind" data-cchc-widget data-kind="news"></div>
  <div id="more" data-cchc-widget data-more="/tin"></div>
  <script src="${app.url}/widget.js" crossorigin="anonymous" defer></script>
</body>
</html>`

/** Calls the app's REST API as the seeded admin, as an editor's tool would. */
const api = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
  const res = await fetch(`${app.url}/api${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(adminToken ? { Authorization: `JWT ${adminToken}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await res.json()) as T
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${JSON.stringify(json)}`)
  return json
}

type Doc = { id: number; slug?: string }
const first = async (collection: string, query: string): Promise<Doc> => {
  const { docs } = await api<{ docs: Doc[] }>('GET', `/${collection}?depth=0&limit=1&${query}`)
  if (!docs[0]) throw new Error(`nothing in ${collection} for ${query}`)
  return docs[0]
}

/** A unit portal on another origin: a plain page with the script tag and three widgets, nothing else. */
const portalPage = (areaSlug: string) => `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>Cổng thông tin xã Cẩm Xuyên</title><link rel="icon" href="data:,"></head>
<body>
  <h1>Chuyên mục cải cách hành chính</h1>
  <div id="articles" data-cchc-widget data-kind="articles" data-unit="${UNIT}" data-area="${areaSlug}" data-limit="5"></div>
  <div id="faqs" data-cchc-widget data-kind="faqs" data-limit="3"></div>
  <div id="schedule" data-cchc-widget data-kind="schedule" data-unit="${COMMUNE}"></div>
  <div id="more" data-cchc-widget data-kind="articles" data-limit="2" data-title="Tin mới" data-more="${PORTAL_LIST}"></div>
  <script src="${app.url}/widget.js" crossorigin="anonymous" defer></script>
</body>
</html>`

beforeAll(async () => {
  app = await startRealApp()
  browser = await launchBrowser()
  adminToken = (
    await api<{ token: string }>('POST', '/users/login', {
      email: DEFAULT_ADMIN_EMAIL,
      password: DEFAULT_ADMIN_PASSWORD,
    })
  ).token

  const area = await first(
    'reform-areas',
    `where[name][equals]=${encodeURIComponent('Cải cách thủ tục hành chính')}`,
  )
  const unit = await first('units', `where[code][equals]=${UNIT}`)
  const article = {
    summary: 'Người dân được hướng dẫn nộp hồ sơ và thanh toán phí trực tuyến.',
    body: richText('Mỗi thôn có một điểm hỗ trợ.'),
    reformAreas: [area.id],
    unit: unit.id,
  }
  publishedAt = (
    await api<{ doc: { publishedAt: string } }>('POST', '/articles', {
      ...article,
      title: PUBLISHED,
      _status: 'published',
    })
  ).doc.publishedAt
  await api('POST', '/articles?draft=true', { ...article, title: DRAFT, _status: 'draft' })

  // A one-off segment tomorrow on the commune's station, inside the schedule's default 30 days.
  const commune = await first('units', `where[code][equals]=${COMMUNE}`)
  const outlet = await first('outlets', `where[unit][equals]=${commune.id}`)
  await api('POST', '/broadcast-items', {
    title: SEGMENT,
    outlet: outlet.id,
    channel: 'communeRadio',
    start: new Date(Date.now() + 86_400_000).toISOString(),
    durationMinutes: 15,
  })

  const html = portalPage(area.slug!)
  portal = http.createServer((req, res) => {
    if (req.url === '/' || req.url === '/index.html') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      res.end(html)
    } else if (req.url === '/mistakes') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      res.end(mistakesPage())
    } else {
      res.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', resolve))
  portalUrl = `http://127.0.0.1:${(portal.address() as AddressInfo).port}/`
}, 10 * 60_000)

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => (portal ? portal.close(resolve) : resolve(undefined)))
  await app?.stop()
})

describe('the embeddable widget on a portal of another origin', () => {
  it('should serve one plain script that anyone may load', async () => {
    const res = await fetch(`${app.url}/widget.js`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/javascript; charset=utf-8')
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(await res.text()).toContain('[data-cchc-widget]')
  })

  it('should show the latest published articles, FAQs and segments, never a draft, without cookies or errors', async () => {
    const context = await browser.newContext({ locale: 'vi-VN' })
    // A cookie the app's origin would receive if the widget sent credentials (as an admin's browser has).
    await context.addCookies([
      { name: 'payload-token', value: 'should-never-be-sent', url: app.url },
    ])
    const page = await context.newPage()
    const problems: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text())
    })
    page.on('pageerror', (error) => problems.push(error.message))
    const requests: Promise<{ url: string; cookie?: string }>[] = []
    page.on('request', (request) => {
      if (request.url().startsWith(app.url))
        requests.push(
          request.allHeaders().then((headers) => ({ url: request.url(), cookie: headers.cookie })),
        )
    })

    await page.goto(portalUrl, { waitUntil: 'networkidle' })
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-cchc-widget]')].every(
          (el) => el.getAttribute('data-cchc-state') === 'loaded',
        ),
      null,
      {
        timeout: 60_000,
      },
    )
    fs.mkdirSync('test-results', { recursive: true })
    await page.screenshot({ path: 'test-results/widget-portal.png', fullPage: true })

    const shadowText = (id: string) =>
      page.evaluate(
        (selector) => document.querySelector(selector)?.shadowRoot?.textContent ?? '',
        `#${id}`,
      )
    const articles = await shadowText('articles')
    expect(articles).toContain(PUBLISHED)
    expect(articles).not.toContain(DRAFT)
    expect(await page.locator('#articles li').count()).toBeGreaterThanOrEqual(1)
    expect(await page.locator('#articles li').count()).toBeLessThanOrEqual(5)
    // Dates in Vietnamese form, on the Vietnam clock.
    expect(articles).toContain(
      new Intl.DateTimeFormat('vi-VN', {
        timeZone: 'Asia/Ho_Chi_Minh',
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
      }).format(new Date(publishedAt)),
    )

    expect(await page.locator('#faqs details').count()).toBe(3)
    expect(await page.locator('#faqs details summary').first().innerText()).not.toBe('')
    expect(await shadowText('schedule')).toContain(SEGMENT)

    const everything = await page.evaluate(() =>
      [...document.querySelectorAll('[data-cchc-widget]')]
        .map((el) => el.shadowRoot?.textContent ?? '')
        .join('\n'),
    )
    expect(everything).not.toContain(DRAFT)
    expect(everything).not.toContain('Đang tải')

    // The "Xem thêm" link goes to the portal's own list page; the other widgets have none.
    const more = page.locator('#more .more a')
    expect(await more.innerText()).toBe('Xem thêm')
    expect(await more.getAttribute('href')).toBe(PORTAL_LIST)
    expect(await page.locator('#articles .more').count()).toBe(0)

    // What the widget renders passes axe-core's serious and critical rules.
    expect(await seriousViolations(page, '[data-cchc-widget]')).toEqual([])

    const toApp = await Promise.all(requests)
    expect(toApp.some((r) => r.url.includes('/api/public/v1/articles?'))).toBe(true)
    expect(toApp.some((r) => r.url.includes('/api/public/v1/faqs?'))).toBe(true)
    expect(toApp.some((r) => r.url.includes('/api/public/v1/schedule?'))).toBe(true)
    expect(toApp.filter((r) => r.cookie)).toEqual([])
    expect(problems).toEqual([])
    await context.close()
  })

  it('should say so in Vietnamese when the app cannot be reached', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.route(`${app.url}/api/public/v1/**`, (route) => route.abort())
    await page.goto(portalUrl)
    await page.waitForFunction(
      () => document.querySelector('#articles')?.getAttribute('data-cchc-state') === 'error',
      null,
      { timeout: 60_000 },
    )
    expect(await page.locator('#articles .error').innerText()).toBe(
      'Không tải được dữ liệu. Vui lòng thử lại sau.',
    )
    await context.close()
  })

  it("should show a portal developer's mistake as a configuration error, in the element and the console", async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const consoleErrors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text())
    })
    await page.goto(`${portalUrl}mistakes`)
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-cchc-widget]')].every(
          (el) => el.getAttribute('data-cchc-state') === 'config-error',
        ),
      null,
      { timeout: 60_000 },
    )
    const errorOf = (id: string) => page.locator(`#${id} .error`).innerText()
    expect(await errorOf('unit')).toBe(
      'Tiện ích CCHC được cấu hình sai: Không có đơn vị mã "HT-KHONGCO". / There is no unit with code "HT-KHONGCO".',
    )
    expect(await errorOf('unit-en')).toMatch(/^The CCHC widget is misconfigured: .*"HT-KHONGCO"/)
    expect(await errorOf('kind')).toBe(
      'Tiện ích CCHC được cấu hình sai: data-kind phải là articles, faqs hoặc schedule (đang là "news").',
    )
    expect(await errorOf('more')).toContain('data-more phải là địa chỉ http(s) đầy đủ')
    // Each mistake is also written to the console for the developer.
    const widgetErrors = consoleErrors.filter((text) => text.startsWith('[CCHC widget]'))
    expect(widgetErrors).toHaveLength(4)
    expect(widgetErrors.join('\n')).toContain('HT-KHONGCO')
    await context.close()
  })
})
