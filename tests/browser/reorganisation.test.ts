import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'
import { DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD } from '@/platform/config/env'
import { encodeWindows1258 } from '../helpers/encodings'
import { launchBrowser, logIn, openAdmin } from '../helpers/browser'
import { startRealApp, type RunningApp } from '../helpers/server'
import fs from 'node:fs'

let app: RunningApp
let browser: Browser
let planId: number

/**
 * A two-tier province as its official list comes, saved by a Vietnamese Excel as plain "CSV"
 * (Windows-1258, semicolons): its departments, four communes of today and, before them, one
 * district and four communes that closed on 30/06/2025.
 */
const provinceCsv = [
  'Tên đơn vị;Mã đơn vị;Cấp;Mã cấp trên;Từ ngày;Đến ngày;Mã ĐVHC;Mã đơn vị tiền thân;Trạm truyền thanh;Bộ phận một cửa',
  'UBND tỉnh Quảng Trị;QT;tỉnh;;01/01/2008;;45;;không;có',
  'Sở Nội vụ;QT-SNV;sở;QT;01/01/2008;;;;không;không',
  'Sở Tư pháp;QT-STP;sở;QT;01/01/2008;;;;không;không',
  'UBND huyện Gio Linh;QT-GL;huyện;QT;01/01/2008;30/06/2025;;;không;có',
  'UBND xã Gio Mỹ;QT-GL-GM;xã;QT-GL;01/01/2008;30/06/2025;;;có;có',
  'UBND xã Gio Hải;QT-GL-GH;xã;QT-GL;01/01/2008;30/06/2025;;;có;có',
  'UBND thị trấn Gio Linh;QT-GL-TT;thị trấn;QT-GL;01/01/2008;30/06/2025;;;có;có',
  'UBND xã Gio Sơn;QT-GL-GS;xã;QT-GL;01/01/2008;30/06/2025;;;không;có',
  'UBND xã Cửa Việt;QT-CUAVIET;xã;QT;01/07/2025;;;QT-GL-GM, QT-GL-GH;có;có',
  'UBND xã Gio Linh;QT-GIOLINH;xã;QT;01/07/2025;;;QT-GL-TT, QT-GL;có;có',
  'UBND xã Bến Quan;QT-BENQUAN;xã;QT;01/07/2025;;;QT-GL-GS;không;có',
  'UBND phường Đông Hà;QT-DONGHA;phường;QT;01/07/2025;;;;có;có',
].join('\r\n')

const rowsOf = async (page: Page) =>
  (await page.locator('.scorecard-grid tbody tr td:first-child').allInnerTexts()).map((t) =>
    t.trim(),
  )
const sharesOf = async (page: Page) => page.locator('.scorecard-summary tbody').innerText()

const openScorecard = async (page: Page, period: string, view = '') => {
  await openAdmin(
    page,
    `${app.url}/admin/scorecard?plan=${planId}&period=${period}${view}`,
    view ? '.scorecard-mapped' : '.scorecard-grid',
  )
}

beforeAll(async () => {
  app = await startRealApp()
  browser = await launchBrowser()
  const { token } = (await (
    await fetch(`${app.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: DEFAULT_ADMIN_EMAIL, password: DEFAULT_ADMIN_PASSWORD }),
    })
  ).json()) as { token: string }
  const plans = (await (
    await fetch(`${app.url}/api/campaign-plans?depth=0&where[year][equals]=2025`, {
      headers: { Authorization: `JWT ${token}` },
    })
  ).json()) as { docs: { id: number }[] }
  planId = plans.docs[0]!.id
}, 10 * 60_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe('an admin organising a province of 2026', () => {
  it('should import a two-tier province from CSV, merge two communes in the wizard, and still see 2025 Q2 and Q3 as organised then', async () => {
    fs.mkdirSync('test-results', { recursive: true })
    const page = await logIn(browser, app.url, DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD)

    // The demo's 2025 plan, before anything changes: Q2 on the districts and communes of then,
    // Q3 on the communes they were merged into on 1 July 2025.
    await openScorecard(page, '2025-Q2')
    const q2Rows = await rowsOf(page)
    expect(q2Rows).toContain('UBND huyện Cẩm Xuyên')
    expect(q2Rows).toContain('UBND xã Cẩm Thành')
    expect(q2Rows).not.toContain('UBND phường Thành Sen')
    const q2Shares = await sharesOf(page)
    await openScorecard(page, '2025-Q3')
    const q3Rows = await rowsOf(page)
    expect(q3Rows).toContain('UBND phường Thành Sen')
    expect(q3Rows).toContain('UBND xã Cẩm Bình')
    expect(q3Rows).not.toContain('UBND huyện Cẩm Xuyên')
    expect(q3Rows).not.toContain('UBND xã Cẩm Thành')
    const q3Shares = await sharesOf(page)

    // The official list of another province, from the panel above the units list.
    await openAdmin(page, `${app.url}/admin/collections/units`, '.import-units')
    await page.getByText('Nhập danh sách đơn vị từ tệp CSV').click()
    const template = await page.locator('.import-units a[download]').getAttribute('href')
    expect(template).toBe('/api/units/import/template')
    await page.setInputFiles('input[name="units-csv"]', {
      name: 'danh-sach-quang-tri.csv',
      mimeType: 'text/csv',
      buffer: encodeWindows1258(provinceCsv),
    })
    await page.getByRole('button', { name: 'Kiểm tra' }).click()
    await page.getByText('Bảng mã nhận ra: Windows-1258.').waitFor()
    await page.getByText('Tệp hợp lệ: 12 đơn vị sẵn sàng nhập.').waitFor()
    await page.getByRole('button', { name: 'Nhập', exact: true }).click()
    // The import runs on the server: the panel finds it again after a reload.
    await page.locator('.import-progress').waitFor()
    await page.reload({ waitUntil: 'networkidle' })
    await page
      .getByText('Đã nhập xong: tạo mới 12, cập nhật 0, kết thúc 0 đơn vị.')
      .waitFor({ timeout: 60_000 })
    await page.screenshot({ path: 'test-results/units-import-province.png', fullPage: true })

    // Two of its communes merge on 1 October 2026, through the wizard: preview, then apply.
    await page.getByText('Tổ chức lại đơn vị (sáp nhập, chia tách, đổi tên, chuyển)').click()
    await page.selectOption('select[name="reorg-kind"]', 'merge')
    await page.fill('input[name="reorg-sources"]', 'QT-CUAVIET, QT-GIOLINH')
    await page.fill('input[name="reorg-date"]', '2026-10-01')
    await page.fill('input[name="reorg-target-name-0"]', 'UBND xã Gio Linh – Cửa Việt')
    await page.fill('input[name="reorg-target-code-0"]', 'QT-GIOVIET')
    await page.getByRole('button', { name: '3. Xem trước' }).click()
    const preview = page.locator('.reorganise-preview')
    await preview
      .getByText('UBND xã Cửa Việt (QT-CUAVIET): Kết thúc hoạt động ngày 30/09/2026')
      .waitFor()
    expect(await preview.innerText()).toContain(
      'UBND xã Gio Linh – Cửa Việt (QT-GIOVIET) Hoạt động từ ngày 01/10/2026',
    )
    await page.getByRole('button', { name: '4. Thực hiện' }).click()
    await page.getByText('Đã tổ chức lại.', { exact: false }).waitFor()
    await page.screenshot({ path: 'test-results/units-reorganised.png', fullPage: true })

    // A merger of a commune already merged is refused, and changes nothing.
    await page.fill('input[name="reorg-sources"]', 'QT-DONGHA, QT-CUAVIET')
    await page.fill('input[name="reorg-target-code-0"]', 'QT-KHAC')
    await page.getByRole('button', { name: '3. Xem trước' }).click()
    await page.locator('.reorganise-problem').waitFor()
    expect(await page.locator('.reorganise-problem').innerText()).toContain(
      'Đơn vị "UBND xã Cửa Việt" đã kết thúc hoạt động ngày 30/09/2026, không thể tổ chức lại.',
    )
    expect(await page.getByRole('button', { name: '4. Thực hiện' }).isDisabled()).toBe(true)
    const refused = (await (
      await page.request.get(`${app.url}/api/units?depth=0&where[code][equals]=QT-KHAC`)
    ).json()) as { docs: unknown[] }
    expect(refused.docs).toEqual([])

    // The merged commune's page shows where it came from.
    const units = (await (
      await page.request.get(`${app.url}/api/units?depth=0&where[code][equals]=QT-GIOVIET`)
    ).json()) as { docs: { id: number; validFrom: string }[] }
    expect(units.docs[0]!.validFrom).toBe('2026-10-01T12:00:00.000Z')

    // 2025 Q2 and Q3 are judged as they were organised then: the import and the merger of 2026
    // change neither the rows nor the shares.
    await openScorecard(page, '2025-Q2')
    expect(await rowsOf(page)).toEqual(q2Rows)
    expect(await sharesOf(page)).toBe(q2Shares)
    expect(
      await page.locator('.scorecard-views [data-view="then"]').getAttribute('class'),
    ).toContain('pill--style-dark')
    await page.screenshot({ path: 'test-results/scorecard-2025-q2.png', fullPage: true })
    await openScorecard(page, '2025-Q3')
    expect(await rowsOf(page)).toEqual(q3Rows)
    expect(await sharesOf(page)).toBe(q3Shares)
    await page.screenshot({ path: 'test-results/scorecard-2025-q3.png', fullPage: true })

    // A reporter of a merged commune moved with it; their page says when and why.
    const users = (await (
      await page.request.get(
        `${app.url}/api/users?depth=0&where[email][equals]=baocao.cambinh@hatinh.demo`,
      )
    ).json()) as { docs: { id: number }[] }
    await openAdmin(
      page,
      `${app.url}/admin/collections/users/${users.docs[0]!.id}`,
      'text=Quá trình công tác',
    )
    const history = page.locator('#field-unitHistory')
    await history.getByText('Sáp nhập đơn vị').first().waitFor()
    // The relationship boxes name their values once their documents have loaded.
    await history.getByText('Sáp nhập 01/07/2025: UBND xã Cẩm Bình').first().waitFor()
    expect(await history.innerText()).toContain('Sáp nhập 01/07/2025: UBND xã Cẩm Bình')
    // The day shows as the day meant, whatever the browser's time zone (12:00 UTC of the day).
    expect(await history.locator('input[value="30/06/2025"]').count()).toBe(1)
    await page.screenshot({ path: 'test-results/user-unit-history.png', fullPage: true })

    // Mapped to today's units, Q2 shows each commune of today made from the communes of then.
    await openScorecard(page, '2025-Q2')
    await page.locator('.scorecard-views [data-view="today"]').click()
    await page.locator('.scorecard-mapped').waitFor()
    const mapped = page.locator('.scorecard-mapped tr', { hasText: 'UBND xã Cẩm Bình' })
    expect(await mapped.locator('.mapped-from').innerText()).toMatch(/Gộp từ: .*UBND xã Cẩm Thành/)
    expect(await sharesOf(page)).toBe(q2Shares)
    await page.screenshot({ path: 'test-results/scorecard-2025-q2-today.png', fullPage: true })
    await page.context().close()
  })
})
