import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

import { DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD } from '../../src/config/env'
import { startRealApp, type RunningApp } from '../helpers/server'

let app: RunningApp
let browser: Browser

beforeAll(async () => {
  app = await startRealApp()
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
}, 10 * 60_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe('the admin in a real browser', () => {
  it('should open in Vietnamese for an English browser, log the seeded admin in and list the unit tree', async () => {
    expect(app.output()).toContain(`${DEFAULT_ADMIN_EMAIL}  /  ${DEFAULT_ADMIN_PASSWORD}`)
    // An English-speaking browser still gets the Vietnamese admin by default.
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 1000 } })
    const page = await context.newPage()
    await page.goto(`${app.url}/admin`)
    await page.waitForURL(/\/admin\/login/)
    await expect(page.locator('button[type="submit"]').innerText()).resolves.toMatch(/Đăng nhập/i)

    await page.fill('#field-email', DEFAULT_ADMIN_EMAIL)
    await page.fill('#field-password', DEFAULT_ADMIN_PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.includes('/login'))

    await page.goto(`${app.url}/admin/collections/units?limit=50`)
    await page.getByText('UBND huyện Cẩm Xuyên').first().waitFor()
    const text = await page.locator('body').innerText()
    expect(text).toContain('Đơn vị')
    expect(text).toContain('UBND tỉnh Hà Tĩnh')
    expect(text).toContain('UBND xã Cẩm Bình')
    expect(text).toContain('Nhập danh sách đơn vị từ tệp CSV')
    // Payload's own interface strings are Vietnamese as well.
    expect(text).toMatch(/Tạo mới|Tìm kiếm/)
    expect(text).not.toContain('Create New')

    fs.mkdirSync('test-results', { recursive: true })
    await page.screenshot({ path: 'test-results/admin-units.png', fullPage: true })
    await context.close()
  })
})
