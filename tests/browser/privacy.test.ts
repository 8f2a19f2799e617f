import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { solveProofAt } from '../helpers/antispam'
import type { Browser } from 'playwright-core'
import { DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD } from '@/platform/config/env'
import { richText } from '../helpers/content'
import { launchBrowser, logIn, openAdmin } from '../helpers/browser'
import { startRealApp, type RunningApp } from '../helpers/server'

/**
 * What a citizen sees of the personal data rules on the production server: the privacy notice at
 * /privacy, the refusal of a question sent without consent, and withdrawing consent from the link
 * in the answer mail, in a real browser.
 */
let app: RunningApp
let browser: Browser
let adminToken: string
let field: number
let address = 0

const api = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
  const res = await fetch(`${app.url}/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${adminToken}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await res.json()) as T
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${JSON.stringify(json)}`)
  return json
}

const proof = (): Promise<string> => solveProofAt(app.url)

const ask = async (fields: object, language: 'vi' | 'en' = 'vi') =>
  fetch(`${app.url}/api/citizen-questions`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Forwarded-For': `203.0.113.${++address}`,
      ...(language === 'en' ? { 'Accept-Language': 'en' } : {}),
    },
    body: JSON.stringify({
      name: 'Lê Thị Hằng',
      email: 'hang@nguoidan.demo',
      question: 'Làm lại căn cước cần mang giấy tờ gì?',
      procedureField: field,
      altcha: await proof(),
      ...fields,
    }),
  })

beforeAll(async () => {
  app = await startRealApp()
  browser = await launchBrowser()
  adminToken = (
    await api<{ token: string }>('POST', '/users/login', {
      email: DEFAULT_ADMIN_EMAIL,
      password: DEFAULT_ADMIN_PASSWORD,
    })
  ).token
  field = (await api<{ docs: { id: number }[] }>('GET', '/procedure-fields?limit=1&depth=0'))
    .docs[0]!.id
})
afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe('the privacy notice at /privacy', () => {
  it('should show the notice in force with its version, in Vietnamese and, one click away, English', async () => {
    const page = await browser.newPage()
    const res = await page.goto(`${app.url}/privacy`)
    expect(res?.status()).toBe(200)
    expect(res?.headers()['content-security-policy']).toContain("form-action 'self'")
    await expect(page.locator('h1').textContent()).resolves.toBe('Thông báo xử lý dữ liệu cá nhân')
    await expect(page.locator('.meta').first().textContent()).resolves.toContain('Phiên bản 1')
    await expect(page.locator('body').textContent()).resolves.toContain('12 tháng sau khi trả lời')
    await page.click('a.lang')
    await expect(page.locator('h1').textContent()).resolves.toBe('Personal data notice')
    await expect(page.locator('.meta').first().textContent()).resolves.toContain('Version 1')
    await page.close()
  })

  it('should show an admin’s new text at once, as the next version', async () => {
    await api('POST', '/globals/privacy-notice', {
      textVi: 'Thông báo phiên bản mới của Sở Nội vụ.',
      textEn: 'The new notice of the Department of Home Affairs.',
    })
    const page = await browser.newPage()
    await page.goto(`${app.url}/privacy`)
    await expect(page.locator('body').textContent()).resolves.toContain(
      'Thông báo phiên bản mới của Sở Nội vụ.',
    )
    await expect(page.locator('.meta').first().textContent()).resolves.toContain('Phiên bản 2')
    await page.close()
  })
})

describe('consent when asking a question', () => {
  it('should refuse a question without the consent box ticked, in Vietnamese and English', async () => {
    const vi = await ask({ consentPublish: true })
    expect(vi.status).toBe(400)
    expect(JSON.stringify(await vi.json())).toContain(
      'Vui lòng đánh dấu ô đồng ý cho cơ quan xử lý dữ liệu cá nhân',
    )
    const en = await ask({ consentProcessing: false }, 'en')
    expect(en.status).toBe(400)
    expect(JSON.stringify(await en.json())).toContain('Without this consent nothing is stored')
  })
})

describe('withdrawing consent from the answer mail', () => {
  it('should open the link’s page, withdraw with its button and anonymise the asker', async () => {
    const sent = await ask({ consentProcessing: true, consentPublish: true })
    expect(sent.status).toBe(201)
    const { doc } = (await sent.json()) as { doc: { id: number } }
    await api('PATCH', `/citizen-questions/${doc.id}`, {
      status: 'answered',
      answer: richText('Mang căn cước cũ và đơn đề nghị.'),
    })
    const { docs } = await api<{ docs: { data: { withdrawToken?: string } }[] }>(
      'GET',
      `/outbox?where[key][equals]=${encodeURIComponent(`answer:question:${doc.id}`)}&depth=0`,
    )
    const token = docs[0]?.data.withdrawToken
    expect(token).toBeTruthy()

    const page = await browser.newPage()
    await page.goto(`${app.url}/privacy/withdraw?token=${encodeURIComponent(token!)}`)
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Rút lại sự đồng ý xử lý dữ liệu cá nhân',
    )
    // Opening the page withdrew nothing.
    expect(
      (await api<{ email?: string }>('GET', `/citizen-questions/${doc.id}?depth=0`)).email,
    ).toBe('hang@nguoidan.demo')
    await page.click('button[type=submit]')
    await page.waitForSelector('.done')
    await expect(page.locator('.done').textContent()).resolves.toContain(
      'Ông/Bà đã rút lại sự đồng ý',
    )
    const question = await api<{ name?: string | null; email?: string | null }>(
      'GET',
      `/citizen-questions/${doc.id}?depth=0`,
    )
    expect([question.name ?? null, question.email ?? null]).toEqual([null, null])

    await page.goto(`${app.url}/privacy/withdraw?token=forged.${'A'.repeat(32)}`)
    await expect(page.locator('.error').textContent()).resolves.toContain(
      'Đường dẫn rút lại đồng ý không hợp lệ',
    )
    await page.close()
  })
})

describe('the personal-data request form at /privacy/request', () => {
  it('should file a request from the notice page’s link and show its number and deadlines', async () => {
    const page = await browser.newPage()
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    await page.goto(`${app.url}/privacy`)
    const [answer] = await Promise.all([
      page.waitForResponse((res) => res.url().includes('/privacy/request')),
      page.click('a[href^="/privacy/request"]'),
    ])
    expect(answer.headers()['content-security-policy']).toContain("script-src 'self'")
    await expect(page.locator('h1').textContent()).resolves.toBe('Yêu cầu về dữ liệu cá nhân')
    await page.selectOption('#pdr-kind', 'deletion')
    await page.fill('#pdr-name', 'Phạm Văn Đức')
    await page.fill('#pdr-email', 'duc.pham@nguoidan.demo')
    await page.fill('#pdr-details', 'Xin xóa câu hỏi và bình luận tôi đã gửi.')
    await page.check('input[name=declaration]')
    await page.click('button[type=submit]')
    await page.waitForSelector('#pdr-result.done', { timeout: 60_000 })
    const confirmation = (await page.locator('#pdr-result').textContent()) ?? ''
    expect(confirmation).toMatch(
      /^Đã nhận yêu cầu số \d+\. Cơ quan sẽ xác nhận chậm nhất ngày \d{2}\/\d{2}\/\d{4}/,
    )
    expect(errors).toEqual([])
    await page.close()

    const { docs } = await api<{ docs: { kind: string; status: string; language: string }[] }>(
      'GET',
      '/personal-data-requests?where[email][equals]=duc.pham@nguoidan.demo&depth=0',
    )
    expect(docs).toMatchObject([{ kind: 'deletion', status: 'received', language: 'vi' }])
  })

  it('should show the app’s refusal of a request without an email or phone, in Vietnamese and English', async () => {
    const page = await browser.newPage()
    for (const [language, expected] of [
      ['vi', 'Vui lòng cho biết thư điện tử hoặc số điện thoại'],
      ['en', 'Please give an email address or a phone number'],
    ] as const) {
      await page.goto(`${app.url}/privacy/request?lang=${language}`)
      await page.fill('#pdr-details', 'Cho tôi xem dữ liệu của tôi.')
      await page.check('input[name=declaration]')
      await page.click('button[type=submit]')
      await page.waitForSelector('#pdr-result.error', { timeout: 60_000 })
      await expect(page.locator('#pdr-result').textContent()).resolves.toContain(expected)
      await expect(page.locator('#pdr-form').isVisible()).resolves.toBe(true)
    }
    await page.close()
  })
})

describe('the handlers’ queue in the admin', () => {
  it('should list requests with their deadlines, export a person’s data and erase it from the request’s page', async () => {
    const { docs } = await api<{ docs: { id: number }[] }>(
      'GET',
      '/personal-data-requests?where[email][equals]=duc.pham@nguoidan.demo&depth=0',
    )
    const id = docs[0]!.id
    const page = await logIn(browser, app.url, DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD)
    await openAdmin(page, `${app.url}/admin/collections/personal-data-requests`, 'table')
    const header = (await page.locator('table thead').textContent()) ?? ''
    expect(header).toContain('Hạn xác nhận (2 ngày làm việc)')
    expect(header).toContain('Quá hạn')

    await openAdmin(
      page,
      `${app.url}/admin/collections/personal-data-requests/${id}`,
      `a[href="/api/personal-data-requests/${id}/export"]`,
    )
    const exported = await page.request.get(`${app.url}/api/personal-data-requests/${id}/export`)
    expect(exported.status()).toBe(200)
    expect(JSON.stringify(await exported.json())).toContain('duc.pham@nguoidan.demo')

    page.on('dialog', (dialog) => void dialog.accept())
    await page.click('button:has-text("Xóa, ẩn danh toàn bộ dữ liệu")')
    await page
      .locator('[data-sonner-toast]', { hasText: 'Đã xóa, ẩn danh toàn bộ dữ liệu' })
      .first()
      .waitFor({ timeout: 30_000 })
    const erased = await api<{ email?: string | null; erasedAt?: string; status: string }>(
      'GET',
      `/personal-data-requests/${id}?depth=0`,
    )
    expect([erased.email ?? null, Boolean(erased.erasedAt), erased.status]).toEqual([
      null,
      true,
      'completed',
    ])
    await page.context().close()
  })
})
