import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'
import { DEMO_PASSWORD } from '@/modules/organisation/seed/users'
import { launchBrowser, logIn, openAdmin } from '../helpers/browser'
import { pollUntil } from '../helpers/poll'
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
