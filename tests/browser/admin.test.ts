import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'
import { DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD } from '@/platform/config/env'
import { DEMO_PASSWORD } from '@/modules/organisation/seed/users'
import { launchBrowser, logIn, openAdmin } from '../helpers/browser'
import { startRealApp, type RunningApp } from '../helpers/server'
import fs from 'node:fs'

let app: RunningApp
let browser: Browser

beforeAll(async () => {
  app = await startRealApp()
  browser = await launchBrowser()
}, 10 * 60_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe('the admin in a real browser', () => {
  it('should open in Vietnamese for an English browser, log the seeded admin in and list the unit tree', async () => {
    expect(app.output()).toContain(`${DEFAULT_ADMIN_EMAIL}  /  ${DEFAULT_ADMIN_PASSWORD}`)
    // An English-speaking browser still gets the Vietnamese admin by default.
    const context = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 1400, height: 1000 },
    })
    const page = await context.newPage()
    await page.goto(`${app.url}/admin`)
    await page.waitForURL(/\/admin\/login/)
    // The sign-in form is the two-step one (Payload's own one-step form is hidden under it).
    await expect(
      page.locator('.second-factor-login button[type="submit"]').innerText(),
    ).resolves.toMatch(/Đăng nhập/i)

    await page.fill('#second-factor-email', DEFAULT_ADMIN_EMAIL)
    await page.fill('#second-factor-password', DEFAULT_ADMIN_PASSWORD)
    await page.click('.second-factor-login button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.includes('/login'))

    await page.locator('.template-default').first().waitFor({ timeout: 60_000 })
    await openAdmin(
      page,
      `${app.url}/admin/collections/units?limit=50`,
      'text=UBND huyện Cẩm Xuyên',
    )
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

    // Import two communes from a CSV file through the panel above the list: check, then import.
    await page.getByText('Nhập danh sách đơn vị từ tệp CSV').click()
    const csv =
      'Tên đơn vị,Mã,Cấp,Mã cấp trên,Từ ngày,Trạm truyền thanh\nUBND xã Kỳ Thư,HT-KYTHU,xã,HT,01/07/2025,có\nUBND xã Kỳ Hà,HT-KYHA,xã,HT,01/07/2025,không\n'
    await page.setInputFiles('input[name="units-csv"]', {
      name: 'don-vi.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    })
    await page.getByRole('button', { name: 'Kiểm tra' }).click()
    await page.getByText('Tệp hợp lệ: 2 đơn vị sẵn sàng nhập.').waitFor()
    await page.getByRole('button', { name: 'Nhập', exact: true }).click()
    await page.getByText('Đã nhập xong: tạo mới 2, cập nhật 0, kết thúc 0 đơn vị.').waitFor()
    await page.reload()
    await page.getByText('UBND xã Kỳ Thư').first().waitFor()

    // After the reload the panel opens by itself on the import that just finished (clicking its
    // heading now would close it again).
    await page.locator('input[name="units-csv"]').waitFor()
    await page.locator('.import-units').getByText('Đã nhập xong', { exact: false }).waitFor()

    // A file with a bad row is refused line by line.
    await page.setInputFiles('input[name="units-csv"]', {
      name: 'loi.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('name,code,level,parent_code\nXã X,HT-X,xã,KHONG-CO\n'),
    })
    await page.getByRole('button', { name: 'Kiểm tra' }).click()
    await page.getByText('Tệp có 1 lỗi; không dòng nào được nhập.').waitFor()
    expect(await page.locator('.import-units table').innerText()).toContain(
      'Không tìm thấy đơn vị cấp trên có mã "KHONG-CO"',
    )
    await page.screenshot({ path: 'test-results/admin-units-import-error.png' })
    await context.close()
  })

  it('should show a commune reporter only its own unit and the history it carries on', async () => {
    const page = await logIn(browser, app.url, 'baocao.cambinh@hatinh.demo', DEMO_PASSWORD)
    await openAdmin(page, `${app.url}/admin/collections/units`, 'text=UBND xã Cẩm Bình')
    const text = await page.locator('body').innerText()
    // Cẩm Thành merged into Cẩm Bình on 01/07/2025: its history is Cẩm Bình's to read.
    expect(text).toContain('UBND xã Cẩm Thành')
    expect(text).not.toContain('UBND xã Cẩm Duệ')
    expect(text).not.toContain('UBND phường Thành Sen')
    expect(text).not.toContain('Nhập danh sách đơn vị từ tệp CSV')
    await page.context().close()
  })
})
