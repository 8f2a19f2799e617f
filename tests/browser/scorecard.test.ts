import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

import { DEMO_PASSWORD } from '../../src/seed/users'
import { pollUntil } from '../helpers/poll'
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

describe('the scorecard in the admin', () => {
  it('should turn a commune radio cell green once its reporter confirms the missing airings', async () => {
    const context = await browser.newContext({ viewport: { width: 1500, height: 1100 } })
    const page = await context.newPage()
    await page.goto(`${app.url}/admin/login`)
    await page.fill('#field-email', 'baocao.camxuyen@hatinh.demo')
    await page.fill('#field-password', DEMO_PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.includes('/login'))

    // The district reporter opens the scorecard (the last finished quarter) and finds Cẩm Duệ behind.
    await page.goto(`${app.url}/admin/scorecard`)
    const scorecardUrl = page.url()
    const row = page.locator('.scorecard-grid tr', { hasText: 'UBND xã Cẩm Duệ' })
    const cell = row.locator('td[data-status="notMet"]').first()
    const before = await cell.innerText()
    const [confirmed, required] = before.split(' ')[0]!.split('/').map(Number) as [number, number]
    expect(confirmed).toBeLessThan(required)
    const indicator = await cell.getAttribute('data-indicator')
    const unit = await cell.getAttribute('data-unit')
    fs.mkdirSync('test-results', { recursive: true })
    await page.screenshot({ path: 'test-results/scorecard-before.png', fullPage: true })

    // The cell leads to the segment; the reporter confirms airings that went out but were not reported.
    await cell.locator('a').click()
    await page.locator('.occurrences-panel li').first().waitFor()
    for (let n = confirmed; n < required; n++) {
      const buttons = page.locator('.occurrences-panel li[data-status="missed"] button')
      const count = await buttons.count()
      await buttons.first().click()
      expect(await pollUntil(() => page.locator('.occurrences-panel li[data-status="missed"] button').count(), count - 1)).toBe(count - 1)
    }

    await page.goto(scorecardUrl)
    const after = page.locator(`td[data-unit="${unit}"][data-indicator="${indicator}"]`)
    expect(await pollUntil(() => after.getAttribute('data-status'), 'met')).toBe('met')
    expect(await after.innerText()).toMatch(new RegExp(`^${required}/${required}`))
    await page.screenshot({ path: 'test-results/scorecard-after.png', fullPage: true })
    await context.close()
  })
})
