import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import type { Browser, BrowserContext } from 'playwright-core'

import { DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD } from '@/platform/config/env'
import { DEMO_PASSWORD } from '@/modules/organisation/seed/users'

import { launchBrowser, logIn, openAdmin, unplug as unplugNetwork } from '../helpers/browser'
import { pollUntil } from '../helpers/poll'
import { startRealApp, type RunningApp } from '../helpers/server'

/**
 * Issue 13, parts 7–9, on the production build: the admin on a closed network (nothing requested
 * outside the server), the jobs queue and the outbox message page for admins, document locks that
 * name their holder in Vietnamese, and the deployment's own name and logo instead of Payload's.
 */
const SITE_NAME = 'Cổng thông tin thử nghiệm Hà Tĩnh'

let app: RunningApp
let browser: Browser

/** The network "unplugged": nothing but the started server answers. */
const unplug = (context: BrowserContext) => unplugNetwork(context, app.url)

const api = async (path: string, init: RequestInit = {}, token?: string) => {
  const headers = new Headers(init.headers)
  if (token) headers.set('Authorization', `JWT ${token}`)
  if (typeof init.body === 'string') headers.set('Content-Type', 'application/json')
  return fetch(`${app.url}${path}`, { ...init, headers })
}

const tokenOf = async (email: string, password: string) => {
  const res = await api('/api/users/login', {
    method: 'POST',
    body: JSON.stringify({ email, password }),
  })
  const body = (await res.json()) as { token?: string }
  if (!body.token) throw new Error(`could not log ${email} in`)
  return body.token
}

beforeAll(async () => {
  app = await startRealApp({ SITE_NAME })
  browser = await launchBrowser()
}, 10 * 60_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe('"Branding": the deployment’s name and logo, not Payload’s', () => {
  it('should show the configured name on the login page and in its title, and no Payload name or logo', async () => {
    const context = await browser.newContext({ viewport: { width: 1300, height: 900 } })
    const outside = await unplug(context)
    const page = await context.newPage()
    await page.goto(`${app.url}/admin/login`, { waitUntil: 'networkidle' })
    await page.locator('.cchc-brand').waitFor()
    const text = await page.locator('body').innerText()
    expect(text).toContain(SITE_NAME)
    expect(text).not.toMatch(/payload/i)
    await expect(page.title()).resolves.toContain(SITE_NAME)
    await expect(page.title()).resolves.not.toMatch(/payload/i)
    // The logo is the deployment's (a data URI, nothing fetched); no Payload graphic or favicon.
    const logo = await page.locator('.cchc-brand img').getAttribute('src')
    expect(logo).toMatch(/^data:image\/svg\+xml;base64,/)
    const icons = await page
      .locator('link[rel="icon"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
    expect(icons.length).toBeGreaterThan(0)
    for (const href of icons) expect(href).not.toMatch(/payload/i)
    expect(await page.locator('.graphic-logo, svg[class*="payload"]').count()).toBe(0)
    expect(outside).toEqual([])
    await context.close()
  })
})

describe('"Operations screens work offline"', () => {
  it('should render the outbox message page with its buttons, the mail preview and the JSON box, the jobs queue and other admin pages with no request leaving the server', async () => {
    // A mail in the outbox: a password reset (no SMTP here, so it is held).
    const reset = await api('/api/users/forgot-password', {
      method: 'POST',
      body: JSON.stringify({ email: 'bientap@hatinh.demo' }),
    })
    expect(reset.status).toBe(200)
    const adminToken = await tokenOf(DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD)
    // The mail is queued just after the answer went out.
    const queued = async () =>
      (
        (await (
          await api(
            '/api/outbox?depth=0&limit=1&where[to][equals]=bientap@hatinh.demo',
            {},
            adminToken,
          )
        ).json()) as { docs: { id: number }[] }
      ).docs[0]
    await pollUntil(async () => Boolean(await queued()), true)
    const message = await queued()
    if (!message) throw new Error('no message in the outbox')

    // A job in the queue: a unit import runs as a job.
    const form = new FormData()
    form.append(
      'file',
      new Blob(
        ['Tên đơn vị,Mã,Cấp,Mã cấp trên,Từ ngày\nUBND xã Kỳ Thư,HT-KYTHU,xã,HT,01/07/2025\n'],
        {
          type: 'text/csv',
        },
      ),
      'don-vi.csv',
    )
    const imported = await api('/api/units/import', { method: 'POST', body: form }, adminToken)
    expect(imported.status).toBeLessThan(300)

    fs.mkdirSync('test-results', { recursive: true })
    const page = await logIn(browser, app.url, DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD)
    const outside = await unplug(page.context())
    const problems: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text())
    })
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`)
    })

    // The outbox message: resend/cancel for a held mail, the preview, and the JSON box with content.
    await openAdmin(page, `${app.url}/admin/collections/outbox/${message.id}`, '.outbox-preview')
    await page.screenshot({ path: 'test-results/outbox-message.png', fullPage: true })
    // Unsent (pending, or held without SMTP): it can be cancelled, and once cancelled, sent again.
    await page.getByRole('button', { name: 'Hủy gửi' }).click()
    await page.getByText('Đã hủy, thư sẽ không được gửi.').waitFor()
    await page.getByRole('button', { name: 'Gửi lại' }).waitFor()
    const frame = page.locator('iframe[data-testid="outbox-preview-html"]')
    await frame.waitFor()
    expect(await frame.getAttribute('sandbox')).toBe('')
    const framed = page.frameLocator('iframe[data-testid="outbox-preview-html"]')
    await expect(framed.locator('body').innerText()).resolves.toMatch(/mật khẩu/i)
    await expect(
      page.locator('[data-testid="outbox-preview-text"]').textContent(),
    ).resolves.toMatch(/mật khẩu/i)
    // Monaco, loaded from the server itself, shows the message's data.
    const editor = page.locator('.json-field .monaco-editor .view-lines')
    await editor
      .first()
      .waitFor({ timeout: 60_000 })
      .catch(async (error: Error) => {
        await page.screenshot({ path: 'test-results/outbox-json.png', fullPage: true })
        throw new Error(`${error.message}\nbrowser said: ${problems.join('\n')}`)
      })
    await expect(editor.first().innerText()).resolves.toMatch(/\{/)

    // The jobs queue, in the menu and listed with its Vietnamese columns.
    await openAdmin(page, `${app.url}/admin`, 'nav')
    await page.locator('nav a[href="/admin/collections/payload-jobs"]').first().waitFor()
    await openAdmin(page, `${app.url}/admin/collections/payload-jobs`, '.collection-list')
    const jobs = await page.locator('body').innerText()
    expect(jobs).toContain('Tác vụ nền')
    expect(jobs).toContain('Hàng đợi')
    expect(jobs).not.toContain('Không tìm thấy')
    await page.locator('.collection-list .table tbody tr').first().waitFor()

    // A few other pages.
    for (const [path, selector] of [
      ['/admin/collections/articles', '.collection-list'],
      ['/admin/collections/unit-reports', '.collection-list'],
      ['/admin/collections/users/1', '.document-fields'],
    ] as const)
      await openAdmin(page, `${app.url}${path}`, selector)

    expect(outside).toEqual([])
    await page.context().close()
  })
})

describe('"Locks show the person’s name and a vi-VN time"', () => {
  it('should tell an editor who holds the article and since when, in Vietnamese', async () => {
    const adminToken = await tokenOf(DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD)
    const me = (await (await api('/api/users/me', {}, adminToken)).json()) as {
      user: { name: string }
    }
    const editorToken = await tokenOf('bientap@hatinh.demo', DEMO_PASSWORD)
    const articles = (await (
      await api('/api/articles?depth=0&limit=1&sort=-updatedAt', {}, editorToken)
    ).json()) as { docs: { id: number }[] }
    const article = articles.docs[0]
    if (!article) throw new Error('the editor sees no article')

    const holder = await logIn(browser, app.url, DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD)
    await openAdmin(
      holder,
      `${app.url}/admin/collections/articles/${article.id}`,
      '.document-fields',
    )
    // The lock is taken when the holder starts editing.
    await holder.locator('#field-title').fill('Bài đang được sửa')
    const locks = async () =>
      (
        (await (
          await api(
            `/api/payload-locked-documents?where[document.value][equals]=${article.id}&depth=0`,
            {},
            adminToken,
          )
        ).json()) as { totalDocs: number }
      ).totalDocs
    for (let tries = 0; (await locks()) === 0; tries++) {
      if (tries > 60) throw new Error('the holder never got the lock')
      await holder.waitForTimeout(500)
    }

    const editor = await logIn(browser, app.url, 'bientap@hatinh.demo', DEMO_PASSWORD)
    await editor.goto(`${app.url}/admin/collections/articles/${article.id}`)
    const dialog = editor.locator('.document-locked')
    await dialog.waitFor({ timeout: 60_000 })
    const said = await dialog.innerText()
    expect(said).toContain(me.user.name)
    expect(said).not.toMatch(/Người dùng: \d/)
    expect(said).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/)
    expect(said).not.toMatch(/AM|PM/)
    await editor.context().close()
    await holder.context().close()
  })
})
