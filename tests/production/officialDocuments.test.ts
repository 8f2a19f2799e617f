import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import type { Browser } from 'playwright-core'

import { DEMO_PASSWORD } from '@/modules/organisation/seed/users'

import { launchBrowser, logIn, openAdmin } from '../helpers/browser'
import { openDocx, openPdf } from '../helpers/documents'
import { startRealApp, type RunningApp } from '../helpers/server'

/** The demo's commune reporter (UBND xã Cẩm Xuyên). */
const REPORTER = 'baocao.camxuyen@hatinh.demo'

let app: RunningApp
let browser: Browser
let token: string
let report: { id: number; documentNumber: number; period: string; year: number }

beforeAll(async () => {
  app = await startRealApp()
  browser = await launchBrowser()
  const login = await fetch(`${app.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: REPORTER, password: DEMO_PASSWORD }),
  })
  const body = (await login.json()) as { token: string; user: { unit: number | { id: number } } }
  token = body.token
  const unitId = typeof body.user.unit === 'object' ? body.user.unit.id : body.user.unit
  // The commune's latest report that went out (and so has its number from the register).
  const found = (await (
    await fetch(
      `${app.url}/api/unit-reports?where[unit][equals]=${unitId}&where[documentNumber][greater_than]=0&sort=-updatedAt&limit=1&depth=0`,
      { headers: { Authorization: `JWT ${token}` } },
    )
  ).json()) as { docs?: (typeof report)[] }
  if (!found.docs?.[0]) throw new Error(`no numbered report: ${JSON.stringify(found)}`)
  report = found.docs[0]
}, 10 * 60_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

const download = async (format: 'docx' | 'pdf') => {
  const res = await fetch(`${app.url}/api/unit-reports/${report.id}/document?format=${format}`, {
    headers: { Authorization: `JWT ${token}` },
  })
  expect(res.status).toBe(200)
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) }
}

const number = () => `Số: ${String(report.documentNumber).padStart(2, '0')}/BC-UBND`

describe("a commune's report as the production server serves it", () => {
  it('should be a Word file in the Decree 30 layout, on A4 with the Decree margins', async () => {
    const { res, bytes } = await download('docx')
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    )
    const docx = await openDocx(bytes)
    expect(docx.paragraphs).toEqual(
      expect.arrayContaining([
        'UBND TỈNH HÀ TĨNH',
        'ỦY BAN NHÂN DÂN',
        'XÃ CẨM XUYÊN',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        number(),
        'BÁO CÁO',
        'I. KẾT QUẢ THỰC HIỆN',
        'TM. ỦY BAN NHÂN DÂN',
        'Nơi nhận:',
        '- Lưu: VT.',
      ]),
    )
    expect(
      docx.paragraphs.some((p) =>
        /^Cẩm Xuyên, ngày (0[1-9]|[12]\d|3[01]) tháng (0[12]|[3-9]|1[0-2]) năm \d{4}$/.test(p),
      ),
    ).toBe(true)
    // A4 (210 × 297 mm), margins top/bottom 20 mm, left 30 mm, right 15 mm, in twips.
    expect(docx.page).toEqual({
      width: 11906,
      height: 16838,
      top: 1134,
      bottom: 1134,
      left: 1701,
      right: 850,
    })
    // Page numbers from page 2: the first page has its own, empty header.
    expect(docx.titlePage).toBe(true)
    expect(docx.headers.some((xml) => xml.includes('PAGE'))).toBe(true)
  })

  it('should be a PDF whose text reads the national header exactly, with its font embedded', async () => {
    const { res, bytes } = await download('pdf')
    expect(res.headers.get('content-type')).toBe('application/pdf')
    const pdf = await openPdf(bytes)
    const first = pdf.pages[0]!
    expect(first.lines).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(first.lines).toContain('Độc lập - Tự do - Hạnh phúc')
    expect(first.lines).toContain(number())
    expect(first.lines).toContain('BÁO CÁO')
    expect(
      pdf.pages.every((p) => Math.round(p.width) === 595 && Math.round(p.height) === 842),
    ).toBe(true)
    expect(pdf.hasFontPrograms).toBe(true)
    expect(pdf.embeddedFonts).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/\+Tinos$/),
        expect.stringMatching(/\+Tinos-Bold$/),
      ]),
    )
    expect(pdf.text).toContain('PHỤ LỤC')
  })

  it('should download from the button on the report, as the reporter finds it', async () => {
    const page = await logIn(browser, app.url, REPORTER, DEMO_PASSWORD)
    await openAdmin(
      page,
      `${app.url}/admin/collections/unit-reports/${report.id}`,
      '[data-testid="report-document-docx"]',
    )
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tải báo cáo (Word)' }).click(),
    ])
    expect(file.suggestedFilename()).toMatch(/^bao-cao-\d+-BC-\d{4}-.+\.docx$/)
    const saved = await file.path()
    const docx = await openDocx(new Uint8Array(fs.readFileSync(saved)))
    expect(docx.paragraphs).toEqual(
      expect.arrayContaining(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', number(), 'BÁO CÁO']),
    )
    await page.context().close()
  })
})

describe('the reporting window a figure covers, as the production server shows it', () => {
  it('should print the Decree 09 window on the scorecard page and in the consolidated report', async () => {
    const editor = 'bientap@hatinh.demo'
    const login = await fetch(`${app.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: editor, password: DEMO_PASSWORD }),
    })
    const auth = { Authorization: `JWT ${((await login.json()) as { token: string }).token}` }
    const plan = (
      (await (
        await fetch(`${app.url}/api/campaign-plans?sort=-year&limit=1&depth=0`, { headers: auth })
      ).json()) as { docs: { id: number; year: number }[] }
    ).docs[0]!
    const changed = await fetch(`${app.url}/api/campaign-plans/${plan.id}`, {
      method: 'PATCH',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ periods: { basis: 'reportingWindows' } }),
    })
    expect(changed.status).toBe(200)
    const window = `Kỳ báo cáo quý I/${plan.year}: 15/12/${plan.year - 1} – 14/03/${plan.year}`

    const res = await fetch(
      `${app.url}/api/campaign-plans/${plan.id}/document?period=${plan.year}-Q1&format=docx`,
      { headers: auth },
    )
    expect(res.status).toBe(200)
    expect((await openDocx(new Uint8Array(await res.arrayBuffer()))).paragraphs).toContain(
      `${window}.`,
    )

    const page = await logIn(browser, app.url, editor, DEMO_PASSWORD)
    await openAdmin(
      page,
      `${app.url}/admin/scorecard?plan=${plan.id}&period=${plan.year}-Q1`,
      '[data-testid="scorecard-window"]',
    )
    expect(await page.locator('[data-testid="scorecard-window"]').textContent()).toBe(window)
    // The demo plan sets its own deadlines; the province's day comes from the windows (the 20th),
    // written dd/MM/yyyy HH:mm like every date on the page.
    expect(await page.locator('[data-testid="scorecard-deadlines"]').textContent()).toMatch(
      new RegExp(
        `^Hạn đơn vị gửi báo cáo: .+ · Hạn tỉnh gửi báo cáo tổng hợp: 20/03/${plan.year} 23:59$`,
      ),
    )
    await page.context().close()
  })
})
