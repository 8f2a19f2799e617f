import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs/promises'
import type { Browser } from 'playwright-core'

import { DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD } from '@/platform/config/env'

import { launchBrowser, logIn, openAdmin } from '../helpers/browser'
import { openDocx } from '../helpers/documents'
import { startRealApp, type RunningApp } from '../helpers/server'

/**
 * The breach register as an admin uses it on the production server: the list with the 72-hour
 * deadline and the hours left, the form's deadline and its button that downloads the notification.
 */
let app: RunningApp
let browser: Browser
let breachId: number

beforeAll(async () => {
  app = await startRealApp()
  browser = await launchBrowser()
  const login = (await (
    await fetch(`${app.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: DEFAULT_ADMIN_EMAIL, password: DEFAULT_ADMIN_PASSWORD }),
    })
  ).json()) as { token: string }
  const created = await fetch(`${app.url}/api/personal-data-breaches`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${login.token}` },
    body: JSON.stringify({
      title: 'Mất máy tính xách tay có danh sách người hỏi',
      // 10 hours ago: 62 hours left (61 once a minute has passed).
      discoveredAt: new Date(Date.now() - 10 * 3_600_000).toISOString(),
      description: 'Máy tính của cán bộ bị mất trên đường công tác.',
      dataCategories: 'Họ tên, số điện thoại',
      affectedPeople: 320,
    }),
  })
  expect(created.status).toBe(201)
  breachId = ((await created.json()) as { doc: { id: number } }).doc.id
}, 10 * 60_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe('the breach register in the admin', () => {
  it('should list breaches with their 72-hour deadline and the hours left, in Vietnamese', async () => {
    const page = await logIn(browser, app.url, DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD)
    await openAdmin(
      page,
      `${app.url}/admin/collections/personal-data-breaches`,
      'text=Mất máy tính xách tay có danh sách người hỏi',
    )
    const text = await page.locator('body').innerText()
    expect(text).toContain('Sự cố dữ liệu cá nhân')
    expect(text).toContain('Tương tác với người dân')
    expect(text).toContain('Hạn thông báo (72 giờ)')
    expect(text).toMatch(/\d{2}:\d{2} \d{2}\/\d{2}\/\d{4} \(còn 6[12] giờ\)/)
    expect(text).toContain('Mới phát hiện')
    await page.context().close()
  })

  it('should download the 72-hour notification from the breach, filled in', async () => {
    const page = await logIn(browser, app.url, DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD)
    await openAdmin(
      page,
      `${app.url}/admin/collections/personal-data-breaches/${breachId}`,
      '[data-testid="breach-notice-docx"]',
    )
    await expect(page.locator('[data-testid="breach-notice-docx"]').innerText()).resolves.toBe(
      'Tải thông báo 72 giờ (Word)',
    )
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="breach-notice-docx"]'),
    ])
    expect(download.suggestedFilename()).toBe(`thong-bao-vi-pham-du-lieu-ca-nhan-${breachId}.docx`)
    const docx = await openDocx(new Uint8Array(await fs.readFile((await download.path())!)))
    const text = docx.paragraphs.join('\n')
    expect(text).toContain('THÔNG BÁO')
    expect(text).toContain('Máy tính của cán bộ bị mất trên đường công tác.')
    expect(text).toContain('khoảng 320 người')
    await page.context().close()
  })
})
