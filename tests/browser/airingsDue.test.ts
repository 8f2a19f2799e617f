import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Locator, Page } from 'playwright-core'
import sharp from 'sharp'

import { DEMO_PASSWORD } from '@/modules/organisation/seed/users'

import { seriousViolations } from '../helpers/axe'
import { launchBrowser, logIn, openAdmin } from '../helpers/browser'
import { startRealApp, type RunningApp } from '../helpers/server'

/**
 * Issue 13, "Airing confirmation in one step": a commune's reporter, on a phone (390×844), confirms
 * today's airing with a photo and a note, takes it back, records it as not aired with a reason, and
 * confirms the week, on the production build.
 */
let app: RunningApp
let browser: Browser
let page: Page
const REPORTER = 'baocao.camxuyen@hatinh.demo'
const TITLE = 'Bản tin CCHC thử trên điện thoại'

const api = async (auth: string, path: string, init: RequestInit = {}) => {
  const headers = new Headers(init.headers)
  headers.set('Authorization', auth)
  if (typeof init.body === 'string') headers.set('Content-Type', 'application/json')
  const res = await fetch(`${app.url}${path}`, { ...init, headers })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

const login = async (email: string) => {
  const res = await fetch(`${app.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  })
  return `JWT ${((await res.json()) as { token: string }).token}`
}

beforeAll(async () => {
  app = await startRealApp()
  browser = await launchBrowser()
  // The editor schedules a daily bulletin on the reporter's commune station, at the time it is now
  // less five minutes: today's airing has just gone out and waits for the reporter.
  const editor = await login('bientap@hatinh.demo')
  const reporter = await login(REPORTER)
  const me = (await api(reporter, '/api/users/me?depth=0')).body.user as { unit: number | string }
  const found = await api(editor, `/api/outlets?where[unit][equals]=${me.unit}&depth=0&limit=1`)
  const outlets = found.body.docs as { id: number | string }[] | undefined
  if (!outlets?.length) throw new Error(`no outlet of unit ${me.unit}: ${JSON.stringify(found)}`)
  const start = new Date(Math.floor((Date.now() - 10 * 86_400_000 - 5 * 60_000) / 60_000) * 60_000)
  const created = await api(editor, '/api/broadcast-items', {
    method: 'POST',
    body: JSON.stringify({
      title: TITLE,
      outlet: outlets[0]!.id,
      channel: 'communeRadio',
      start: start.toISOString(),
      durationMinutes: 5,
      recurrence: 'daily',
    }),
  })
  expect(created.status).toBe(201)
  page = await logIn(browser, app.url, REPORTER, DEMO_PASSWORD)
  await page.setViewportSize({ width: 390, height: 844 })
}, 10 * 60_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

const entry = (): Locator =>
  page.locator('.airings-due__entry', { hasText: TITLE }).filter({ hasText: 'Hằng ngày' }).first()

/** Every button and link of a locator is at least 44 px high and wide: a finger hits it. */
const touchTargets = async (scope: Locator) => {
  const boxes = await scope
    .locator('button, a')
    .evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect()))
  expect(boxes.length).toBeGreaterThan(0)
  for (const box of boxes) {
    expect(box.height).toBeGreaterThanOrEqual(44)
    expect(box.width).toBeGreaterThanOrEqual(44)
  }
}

describe('confirming airings on a phone', () => {
  it('should list today’s airing in words, with targets a finger can hit, and no serious accessibility faults', async () => {
    await openAdmin(page, `${app.url}/admin/airings-due`, '.airings-due__entry')
    await expect(entry().getAttribute('data-status')).resolves.toBe('awaiting')
    expect(await entry().innerText()).toMatch(/Chờ xác nhận/)
    await touchTargets(entry())
    await touchTargets(page.locator('.airings-due__ranges'))
    // Nothing wider than the phone: no sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    expect(await seriousViolations(page, '.airings-due')).toEqual([])
  })

  it('should confirm it with a photo and a note in one dialog, then take it back', async () => {
    await entry().getByRole('button', { name: 'Đã phát' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.waitFor()
    expect(await seriousViolations(page, '.airings-due__dialog')).toEqual([])
    const photo = await sharp({
      create: { width: 64, height: 48, channels: 3, background: '#06c' },
    })
      .jpeg()
      .toBuffer()
    await dialog
      .locator('input[type="file"]')
      .setInputFiles({ name: 'tram-phat.jpg', mimeType: 'image/jpeg', buffer: photo })
    await dialog.getByLabel('Ghi chú (không bắt buộc)').fill('Phát đủ 5 phút')
    await dialog.getByRole('button', { name: 'Lưu' }).click()
    await page.locator('.airings-due__entry[data-status="aired"]', { hasText: TITLE }).waitFor()
    expect(await entry().innerText()).toMatch(/Đã phát · 1 tệp minh chứng/)
    expect(await entry().innerText()).toContain('Phát đủ 5 phút')

    // The evidence is internal: the file is not served to anyone who is not signed in.
    const link = await entry().getByRole('link', { name: 'Mở hồ sơ' }).getAttribute('href')
    const airingId = link!.split('/').pop()
    const reporter = await login(REPORTER)
    const airing = (await api(reporter, `/api/airings/${airingId}?depth=1`)).body as {
      evidence: { url: string; visibility: string }[]
    }
    expect(airing.evidence[0]!.visibility).toBe('internal')
    expect([401, 403, 404]).toContain((await fetch(`${app.url}${airing.evidence[0]!.url}`)).status)

    await entry().getByRole('button', { name: 'Hoàn tác' }).click()
    await page.locator('.airings-due__entry[data-status="awaiting"]', { hasText: TITLE }).waitFor()
  })

  it('should record it as not aired only with a reason', async () => {
    await entry().getByRole('button', { name: 'Không phát' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('button', { name: 'Lưu' }).click()
    // The reason is required: the dialog stays, nothing is saved.
    await expect(dialog.isVisible()).resolves.toBe(true)
    await expect(entry().getAttribute('data-status')).resolves.toBe('awaiting')
    await dialog.getByLabel('Lý do không phát').fill('Mất điện cả buổi sáng')
    await dialog.getByRole('button', { name: 'Lưu' }).click()
    await page.locator('.airings-due__entry[data-status="missed"]', { hasText: TITLE }).waitFor()
    expect(await entry().innerText()).toContain('Mất điện cả buổi sáng')
    await entry().getByRole('button', { name: 'Hoàn tác' }).click()
    await page.locator('.airings-due__entry[data-status="awaiting"]', { hasText: TITLE }).waitFor()
  })

  it('should confirm the whole week at once', async () => {
    await page.getByRole('button', { name: 'Tuần này' }).click()
    const confirmAll = page.getByRole('button', { name: /Xác nhận tất cả buổi đã phát trong tuần/ })
    await confirmAll.waitFor()
    await touchTargets(page.locator('.airings-due'))
    await confirmAll.click()
    await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận', exact: true }).click()
    await page.getByText(/Đã xác nhận \d+ buổi phát\./).waitFor()
    // The list is read again after the toast: wait for the button and the waiting entries to go.
    await confirmAll.waitFor({ state: 'detached' })
    await page
      .locator('.airings-due__entry[data-status="awaiting"]')
      .first()
      .waitFor({ state: 'detached' })
    await expect(page.locator('.airings-due__entry[data-status="awaiting"]').count()).resolves.toBe(
      0,
    )
  })
})
