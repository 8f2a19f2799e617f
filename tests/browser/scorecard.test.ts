import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import ExcelJS from 'exceljs'
import type { Browser, Page } from 'playwright-core'

import { DEMO_PASSWORD } from '@/modules/organisation/seed/users'
import { stateColours } from '@/modules/campaigns/domain/scorecardReading'

import { seriousViolations } from '../helpers/axe'
import { launchBrowser, logIn, openAdmin } from '../helpers/browser'
import { pollUntil } from '../helpers/poll'
import { startRealApp, type RunningApp } from '../helpers/server'

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

describe('the scorecard in the admin', () => {
  it('should turn a commune radio cell green once its reporter confirms the missing airings', async () => {
    const page = await logIn(browser, app.url, 'baocao.camxuyen@hatinh.demo', DEMO_PASSWORD)

    // The commune's reporter (at the district until it closed on 30/06/2025) opens the scorecard
    // from the navigation (it shows the last finished quarter) and finds the commune behind.
    await openAdmin(page, `${app.url}/admin/scorecard`, '.scorecard-grid')
    const scorecardUrl = page.url()
    fs.mkdirSync('test-results', { recursive: true })
    await page.screenshot({ path: 'test-results/scorecard-before.png', fullPage: true })
    const row = page.locator('.scorecard-grid tr', { hasText: 'UBND xã Cẩm Xuyên' })
    const cell = row.locator('td[data-status="notMet"]').first()
    await cell.waitFor({ timeout: 120_000 })
    const before = await cell.innerText()
    const period = new URL(
      (await page.locator('a[href*="/compliance?period="]').getAttribute('href')) ?? '',
      app.url,
    ).searchParams.get('period')!
    const [confirmed, required] = before.split(' ')[0]!.split('/').map(Number) as [number, number]
    expect(confirmed).toBeLessThan(required)
    const indicator = await cell.getAttribute('data-indicator')
    const unit = await cell.getAttribute('data-unit')

    // The cell leads to the commune's segments; the reporter opens the segment, steps back to the
    // scorecard's quarter and confirms airings that went out but were never reported.
    await cell.locator('a').click()
    await page.getByRole('link', { name: 'Chuyên mục Cải cách hành chính' }).first().click()
    const shown = page.locator('.occurrences-panel [data-quarter]')
    await shown.waitFor()
    for (let step = 0; step < 8 && (await shown.getAttribute('data-quarter')) !== period; step++) {
      const current = await shown.getAttribute('data-quarter')
      await page.getByRole('button', { name: current! > period ? 'Quý trước' : 'Quý sau' }).click()
      await pollUntil(async () => (await shown.getAttribute('data-quarter')) !== current, true)
    }
    expect(await shown.getAttribute('data-quarter')).toBe(period)
    await page
      .locator(`.occurrences-panel ul[data-loaded-quarter="${period}"] li`)
      .first()
      .waitFor()
    for (let n = confirmed; n < required; n++) {
      const buttons = page.locator('.occurrences-panel li[data-status="missed"] button')
      const count = await buttons.count()
      await buttons.first().click()
      expect(
        await pollUntil(
          () => page.locator('.occurrences-panel li[data-status="missed"] button').count(),
          count - 1,
          30_000,
        ),
      ).toBe(count - 1)
    }

    await openAdmin(page, scorecardUrl, '.scorecard-grid')
    const after = page.locator(`td[data-unit="${unit}"][data-indicator="${indicator}"]`)
    expect(await pollUntil(() => after.getAttribute('data-status'), 'met')).toBe('met')
    expect(await after.innerText()).toMatch(new RegExp(`^${required}/${required}`))
    await page.screenshot({ path: 'test-results/scorecard-after.png', fullPage: true })
    await page.context().close()
  })
})

/** The summary's "met / counted" per indicator, as the page shows them. */
const summaryOf = async (page: Page) =>
  page.locator('.scorecard-summary tbody tr td:nth-child(2)').allInnerTexts()

const counted = (figures: string[]) =>
  figures.reduce((sum, text) => sum + Number(text.split('/')[1] ?? 0), 0)

/** A second reader of the XLSX (openpyxl, Debian's python3-openpyxl; .ci/run installs it). */
const PYTHON = process.env.PYTHON ?? '/usr/bin/python3'
const OPENPYXL = `
import json, sys, datetime, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
out = []
for ws in book.worksheets:
    dates = [c.number_format for row in ws.iter_rows() for c in row if isinstance(c.value, datetime.datetime)]
    fills = sorted({c.fill.fgColor.rgb for row in ws.iter_rows() for c in row if c.fill is not None and c.fill.fill_type == 'solid'})
    out.append({'name': ws.title, 'frozen': ws.freeze_panes, 'filter': ws.auto_filter.ref, 'dates': dates[:3], 'fills': fills})
print(json.dumps(out))
`

describe("a leader's scorecard", () => {
  it('should explain its colours, follow the unit drilled into and lead back up, in words', async () => {
    const page = await logIn(browser, app.url, 'lanhdao@hatinh.demo', DEMO_PASSWORD)
    await openAdmin(page, `${app.url}/admin/scorecard`, '.scorecard-grid')

    // The legend explains each colour in words.
    const legend = page.locator('.scorecard-legend')
    expect(await legend.locator('h3').innerText()).toBe('Chú giải màu')
    expect(await legend.locator('li[data-state]').allInnerTexts()).toEqual([
      'Đạt',
      'Chưa đạt, đã được từ một nửa trở lên',
      'Chưa đạt, chưa được một nửa',
      'Chưa có số liệu',
      'Dòng đơn vị cấp trên: số đơn vị trực thuộc đạt / số được tính',
    ])

    // The whole province: its name in the heading, the province-wide figures.
    const heading = page.getByTestId('scorecard-heading')
    expect(await heading.innerText()).toContain('UBND tỉnh Hà Tĩnh')
    const province = await summaryOf(page)
    expect(counted(province)).toBeGreaterThan(1)

    // Cells read in words ("6/6 buổi · 1 không phát"), not "12/6 · Không phát 1".
    const cellTexts = await page.locator('.scorecard-grid td[data-status]').allInnerTexts()
    const worded = cellTexts.filter(Boolean)
    expect(
      worded.some((t) => /^\d+\/\d+ buổi( · \d+ không phát)?( · \d+ chờ xác nhận)?$/.test(t)),
    ).toBe(true)
    expect(worded.some((t) => /Không phát \d/.test(t))).toBe(false)
    expect(await seriousViolations(page, '.scorecard-page')).toEqual([])

    // Drill into a commune: the heading names it, the summary counts only it, a breadcrumb leads up.
    const commune = page
      .locator('.scorecard-grid tbody tr td:first-child a', { hasText: /^UBND (xã|phường)/ })
      .first()
    const communeName = await commune.innerText()
    await commune.click()
    await pollUntil(async () => (await heading.innerText()).includes(communeName), true)
    expect(await page.getByTestId('scorecard-unit').innerText()).toBe(
      `Đơn vị đang xem: ${communeName}`,
    )
    const crumbs = page.locator('.scorecard-breadcrumb li')
    expect(await crumbs.first().innerText()).toBe('UBND tỉnh Hà Tĩnh')
    expect(await crumbs.last().locator('[aria-current="page"]').innerText()).toBe(communeName)
    const communeFigures = await summaryOf(page)
    expect(counted(communeFigures)).toBeLessThan(counted(province))
    expect(communeFigures.every((t) => Number(t.split('/')[1]) <= 2)).toBe(true)
    // The change from the previous period and the unit's own chart.
    expect(await page.locator('.scorecard-change').count()).toBe(province.length)
    expect(await page.locator('h3', { hasText: `Tỷ lệ đạt của ${communeName}` }).count()).toBe(1)
    await page.screenshot({ path: 'test-results/scorecard-commune.png', fullPage: true })
    expect(await seriousViolations(page, '.scorecard-page')).toEqual([])

    // The commune's XLSX, downloaded as a user does, read with exceljs and with openpyxl.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('a[href*="/compliance/export?format=xlsx"]').click(),
    ])
    const file = path.join('test-results', 'scorecard-commune.xlsx')
    await download.saveAs(file)
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(file)
    const summarySheet = book.worksheets[0]!
    expect(summarySheet.name).toBe('Tổng hợp')
    expect(book.worksheets.length).toBe(1 + province.length)
    for (const sheet of book.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen' })
      expect(sheet.autoFilter).toBeTruthy()
    }
    // Summary: row 4 is the header; numbers are numbers; the period's first day is a date cell.
    const summaryRow = summarySheet.getRow(5)
    expect(typeof summaryRow.getCell(2).value).toBe('number')
    expect(summaryRow.getCell(9).value).toBeInstanceOf(Date)
    expect(summaryRow.getCell(9).numFmt).toBe('dd/mm/yyyy hh:mm')
    // An indicator sheet: the commune's row with its numbers, status in words with the view's fill.
    const fillOf: Record<string, string> = {
      Đạt: stateColours.met.background,
      'Chưa đạt, đã được từ một nửa trở lên': stateColours.halfWay.background,
      'Chưa đạt, chưa được một nửa': stateColours.short.background,
      'Chưa có số liệu': stateColours.noData.background,
    }
    const rows = book.worksheets
      .slice(1)
      .flatMap((sheet) => sheet.getRows(6, sheet.rowCount - 5) ?? [])
      .filter((row) => row.getCell(1).value === communeName)
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) {
      expect(['number', 'string']).toContain(typeof row.getCell(3).value)
      const status = String(row.getCell(7).value)
      expect(Object.keys(fillOf)).toContain(status)
      const fill = row.getCell(7).fill as { fgColor?: { argb?: string } }
      expect(fill.fgColor?.argb).toBe(`FF${fillOf[status]!.slice(1).toUpperCase()}`)
      // The timeliness column says in words how the commune's report stands.
      expect(['Đúng hạn', 'Trễ hạn', 'Chưa nộp (quá hạn)', 'Chưa đến hạn', '']).toContain(
        String(row.getCell(9).value ?? ''),
      )
      // The deadline column: a date cell when the plan sets one.
      const deadline = row.getCell(11)
      if (deadline.value !== null) expect(deadline.value).toBeInstanceOf(Date)
    }
    const second = JSON.parse(execFileSync(PYTHON, ['-c', OPENPYXL, file]).toString()) as {
      name: string
      frozen: string | null
      filter: string | null
      dates: string[]
      fills: string[]
    }[]
    expect(second.map((s) => s.name)).toEqual(book.worksheets.map((s) => s.name))
    for (const sheet of second) {
      expect(sheet.frozen).toBe(sheet.name === 'Tổng hợp' ? 'B5' : 'B6')
      expect(sheet.filter).toMatch(/^A\d+:[A-Z]+\d+$/)
      if (sheet.name === 'Tổng hợp') expect(sheet.dates.length).toBeGreaterThan(0)
      for (const format of sheet.dates) expect(format).toBe('dd/mm/yyyy hh:mm')
    }
    expect(second.flatMap((s) => s.fills).length).toBeGreaterThan(0)

    // The reports export writes when each report went out as date cells.
    const reportsLink = await page
      .locator('a[href*="/api/unit-reports/export"][href*="format=xlsx"]')
      .getAttribute('href')
    const reports = await page.request.get(`${app.url}${reportsLink}`)
    expect(reports.status()).toBe(200)
    const reportsBook = new ExcelJS.Workbook()
    await reportsBook.xlsx.load((await reports.body()) as never) // exceljs types an older Buffer
    const sentColumn = reportsBook.worksheets[0]!.getColumn(4).values.slice(2).filter(Boolean)
    expect(sentColumn.length).toBeGreaterThan(0)
    for (const value of sentColumn) expect(value).toBeInstanceOf(Date)

    // Back up through the breadcrumb: the province's figures again.
    await crumbs.first().locator('a').click()
    await pollUntil(async () => (await heading.innerText()).includes('UBND tỉnh Hà Tĩnh'), true)
    expect(await summaryOf(page)).toEqual(province)
    expect(await page.locator('.scorecard-breadcrumb li').count()).toBe(1)
    await page.context().close()
  })
})
