import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Locator, Page } from 'playwright-core'
import { DEMO_PASSWORD } from '@/modules/organisation/seed/users'
import { localDay } from '@/platform/time'
import { seriousViolations } from '../helpers/axe'
import { launchBrowser, logIn, openAdmin } from '../helpers/browser'
import { startRealApp, type RunningApp } from '../helpers/server'
import fs from 'node:fs'

let app: RunningApp
let browser: Browser

const REPORTER = 'baocao.camxuyen@hatinh.demo'
const PROVINCE = 'lanhdao@hatinh.demo'
const CALENDAR = '/admin/broadcast-calendar'
const words = {
  aired: 'Đã phát',
  missed: 'Không phát',
  awaiting: 'Chờ xác nhận',
  upcoming: 'Sắp phát',
} as const

beforeAll(async () => {
  app = await startRealApp()
  browser = await launchBrowser()
  fs.mkdirSync('test-results', { recursive: true })
}, 10 * 60_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

const entries = (page: Page, where = '.bc-grid') => page.locator(`${where} a.bc-entry`)

const attributes = async (list: Locator, name: string): Promise<string[]> =>
  list.evaluateAll(
    (links, attribute) => links.map((link) => link.getAttribute(attribute) ?? ''),
    name,
  )

/** Every entry says its status in words, next to its colour. */
const expectStatusInWords = async (page: Page) => {
  for (const [status, word] of Object.entries(words)) {
    const shown = page.locator(`.bc-grid a.bc-entry[data-status="${status}"]`)
    for (const text of await shown.allInnerTexts()) expect(text).toContain(word)
  }
}

const chooseFilter = async (page: Page, name: string, optionText: string) => {
  const select = page.locator(`.bc-filters select[name="${name}"]`)
  const value = await select
    .locator('option', { hasText: optionText })
    .first()
    .getAttribute('value')
  await select.selectOption(value!)
  await Promise.all([
    page.waitForURL((url) => url.search.includes(`${name}=`)),
    page.click('.bc-filters button[type="submit"]'),
  ])
  await page.locator('.broadcast-calendar').waitFor()
  return value!
}

describe('the broadcast calendar', () => {
  it("should show a commune reporter their station's airings with status in colour and words, today marked", async () => {
    const page = await logIn(browser, app.url, REPORTER, DEMO_PASSWORD)
    await openAdmin(page, `${app.url}${CALENDAR}`, '.bc-grid')
    const today = localDay(new Date())

    const legend = page.getByTestId('calendar-legend')
    for (const word of Object.values(words))
      await expect(legend.innerText()).resolves.toContain(word)
    const marked = page.locator('.bc-grid td[aria-current="date"]')
    expect(await marked.getAttribute('data-day')).toBe(today)
    expect(await marked.innerText()).toContain('Hôm nay')

    const shown = entries(page)
    expect(await shown.count()).toBeGreaterThan(0)
    await expectStatusInWords(page)
    const statuses = new Set(await attributes(shown, 'data-status'))
    // The demo confirms only some past airings: both kinds are in any month it covers.
    expect(statuses.has('aired') || statuses.has('upcoming')).toBe(true)
    // Only the reporter's own commune: one unit in the filter, every entry of it.
    const units = await page.locator('.bc-filters select[name="unit"] option').allInnerTexts()
    // Their commune, and the units of then whose history it carries on.
    expect(units).toContain('UBND xã Cẩm Xuyên')
    expect(units).not.toContain('UBND tỉnh Hà Tĩnh')
    expect(new Set(await attributes(shown, 'data-unit')).size).toBe(1)
    await page.screenshot({ path: 'test-results/calendar-reporter.png', fullPage: true })
    expect(await seriousViolations(page, '.broadcast-calendar')).toEqual([])

    // Next month: the address says so, no day is today, the airings are still to come.
    await Promise.all([
      page.waitForURL(/month=/),
      page.getByRole('link', { name: 'Tháng sau' }).click(),
    ])
    await page.locator('.bc-grid').waitFor()
    expect(await page.locator('.bc-grid td[aria-current="date"]').count()).toBe(0)
    expect(new Set(await attributes(entries(page), 'data-status'))).toEqual(new Set(['upcoming']))
    await expectStatusInWords(page)
    // The week view of today and back to today's month.
    await Promise.all([
      page.waitForURL(/week=/),
      page.getByRole('link', { name: 'Tuần', exact: true }).click(),
    ])
    await page.locator('.bc-grid').waitFor()
    expect(await page.locator('.bc-grid td[data-day]').count()).toBe(7)
    await Promise.all([
      page.waitForURL(/month=/),
      page.getByRole('link', { name: 'Tháng', exact: true }).click(),
    ])
    await page.locator('.bc-grid').waitFor()
    expect(await page.locator('.bc-grid td[aria-current="date"]').getAttribute('data-day')).toBe(
      today,
    )
    await page.context().close()
  })

  it("should narrow a provincial user's calendar by channel, unit and outlet, kept in the address", async () => {
    const page = await logIn(browser, app.url, PROVINCE, DEMO_PASSWORD)
    await openAdmin(page, `${app.url}${CALENDAR}`, '.bc-grid')
    const all = await entries(page).count()
    expect(new Set(await attributes(entries(page), 'data-unit')).size).toBeGreaterThan(1)

    await chooseFilter(page, 'channel', 'Truyền thanh cơ sở')
    const radio = await entries(page).count()
    expect(radio).toBeGreaterThan(0)
    expect(radio).toBeLessThan(all)
    expect(new Set(await attributes(entries(page), 'data-channel'))).toEqual(
      new Set(['communeRadio']),
    )

    const unit = await chooseFilter(page, 'unit', 'UBND xã Cẩm Xuyên')
    expect(page.url()).toContain('channel=communeRadio')
    const ofUnit = await entries(page).count()
    expect(ofUnit).toBeGreaterThan(0)
    expect(ofUnit).toBeLessThan(radio)
    expect(new Set(await attributes(entries(page), 'data-unit'))).toEqual(new Set([unit]))

    // The filtered view survives a reload from its address.
    const address = page.url()
    await openAdmin(page, address, '.bc-grid')
    expect(await entries(page).count()).toBe(ofUnit)
    expect(await page.locator('.bc-filters select[name="unit"]').inputValue()).toBe(unit)

    await openAdmin(page, `${app.url}${CALENDAR}`, '.bc-grid')
    const outlet = await chooseFilter(page, 'outlet', 'Báo Hà Tĩnh')
    expect(new Set(await attributes(entries(page), 'data-outlet'))).toEqual(new Set([outlet]))
    expect(await seriousViolations(page, '.broadcast-calendar')).toEqual([])
    await page.context().close()
  })

  it("should not show a reporter another unit's airings when they edit the address", async () => {
    // Today's Cẩm Bình, its unit and station, as the province sees them.
    const province = await logIn(browser, app.url, PROVINCE, DEMO_PASSWORD)
    await openAdmin(province, `${app.url}${CALENDAR}?channel=communeRadio`, '.bc-grid')
    const theirs = entries(province).filter({ hasText: 'Cẩm Bình' }).first()
    const other = await theirs.getAttribute('data-unit')
    const otherOutlet = await theirs.getAttribute('data-outlet')
    await province.context().close()

    const page = await logIn(browser, app.url, REPORTER, DEMO_PASSWORD)
    await openAdmin(page, `${app.url}${CALENDAR}`, '.bc-grid')
    const offered = await attributes(
      page.locator(
        '.bc-filters select[name="unit"] option, .bc-filters select[name="outlet"] option',
      ),
      'value',
    )
    expect(offered).not.toContain(other)
    expect(offered).not.toContain(otherOutlet)
    await openAdmin(page, `${app.url}${CALENDAR}?unit=${other}`, '.broadcast-calendar')
    await page.locator('.bc-out-of-scope').waitFor()
    expect(await entries(page).count()).toBe(0)
    await openAdmin(page, `${app.url}${CALENDAR}?outlet=${otherOutlet}`, '.broadcast-calendar')
    expect(await entries(page).count()).toBe(0)
    await page.context().close()
  })

  it('should show a phone a day-by-day list with targets of at least 44 px', async () => {
    const page = await logIn(browser, app.url, REPORTER, DEMO_PASSWORD)
    await page.setViewportSize({ width: 390, height: 844 })
    await openAdmin(page, `${app.url}${CALENDAR}`, '.bc-list')
    expect(await page.locator('.bc-grid').isVisible()).toBe(false)
    await page.locator('.bc-list').waitFor({ state: 'visible' })
    const today = page.locator('.bc-list > li[aria-current="date"]')
    expect(await today.getAttribute('data-day')).toBe(localDay(new Date()))
    expect(await today.innerText()).toContain('Hôm nay')

    const targets = page.locator(
      '.bc-list a.bc-entry, .bc-bar a, .bc-filters select, .bc-filters button, .bc-filters a',
    )
    expect(await targets.count()).toBeGreaterThan(5)
    const sizes = await targets.evaluateAll((elements) =>
      elements.map((element) => {
        const box = element.getBoundingClientRect()
        return { height: box.height, width: box.width, text: element.textContent }
      }),
    )
    for (const size of sizes) {
      expect(size.height).toBeGreaterThanOrEqual(44)
      expect(size.width).toBeGreaterThanOrEqual(44)
    }
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await page.screenshot({ path: 'test-results/calendar-phone.png', fullPage: true })
    expect(await seriousViolations(page, '.broadcast-calendar')).toEqual([])
    await page.context().close()
  })

  it('should lead from an entry to its confirmation, or to a form that makes one', async () => {
    const page = await logIn(browser, app.url, REPORTER, DEMO_PASSWORD)
    await openAdmin(page, `${app.url}${CALENDAR}`, '.bc-grid')

    // A confirmed airing opens its confirmation.
    const confirmed = entries(page).and(page.locator('[data-airing]')).first()
    const airingId = await confirmed.getAttribute('data-airing')
    await confirmed.click()
    await page.waitForURL(new RegExp(`/admin/collections/airings/${airingId}$`))
    await page.locator('#field-occurrenceAt').first().waitFor()

    // An airing nobody confirmed opens the confirmation form filled in; saving it shows it aired.
    await openAdmin(page, `${app.url}${CALENDAR}`, '.bc-grid')
    const unconfirmed = '.bc-grid a.bc-entry[data-status="missed"]:not([data-airing])'
    // Early in a month its misses may all be recorded already (the job looks back 7 days).
    if ((await page.locator(unconfirmed).count()) === 0) {
      await Promise.all([
        page.waitForURL(/month=/),
        page.getByRole('link', { name: 'Tháng trước' }).click(),
      ])
      await page.locator('.bc-grid').waitFor()
    }
    const calendarUrl = page.url()
    const silent = page
      .locator('.bc-grid a.bc-entry[data-status="missed"]:not([data-airing])')
      .first()
    const occurrence = await silent.getAttribute('data-occurrence')
    const item = await silent.getAttribute('data-item')
    await silent.click()
    await page.waitForURL(/\/admin\/collections\/airings\/create\?item=\d+&occurrenceAt=/)
    const when = page.locator('#field-occurrenceAt input').first()
    await when.waitFor()
    // The picker shows the airing's time on the browser's clock, as dd/MM/yyyy HH:mm.
    const local = await page.evaluate((iso) => {
      const d = new Date(iso)
      const two = (n: number) => String(n).padStart(2, '0')
      return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`
    }, occurrence!)
    expect(await when.inputValue()).toBe(local)
    // The item chosen, by its title (the field loads it after the page).
    await page
      .locator('.field-type.relationship')
      .filter({ hasText: 'Lịch phát' })
      .getByText('Chuyên mục Cải cách hành chính')
      .first()
      .waitFor({ timeout: 30_000 })
    await page.click('#action-save')
    await page.waitForURL(/\/admin\/collections\/airings\/\d+$/)

    await openAdmin(page, calendarUrl, '.bc-grid')
    const now = page.locator(
      `.bc-grid a.bc-entry[data-item="${item}"][data-occurrence="${occurrence}"]`,
    )
    expect(await now.getAttribute('data-status')).toBe('aired')
    expect(await now.getAttribute('data-airing')).toMatch(/^\d+$/)
    await page.context().close()
  })
})
