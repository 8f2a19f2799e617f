import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'
import { DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD } from '@/platform/config/env'
import { DEMO_PASSWORD } from '@/modules/organisation/seed/users'
import { launchBrowser, logIn, openAdmin } from '../helpers/browser'
import { startRealApp, type RunningApp } from '../helpers/server'
import fs from 'node:fs'

let app: RunningApp
let browser: Browser
let unitId: number

beforeAll(async () => {
  app = await startRealApp()
  browser = await launchBrowser()
  const login = await fetch(`${app.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: DEFAULT_ADMIN_EMAIL, password: DEFAULT_ADMIN_PASSWORD }),
  })
  const { token } = (await login.json()) as { token: string }
  const units = await fetch(`${app.url}/api/units?depth=0&where[code][equals]=HT-CAMBINH`, {
    headers: { Authorization: `JWT ${token}` },
  })
  unitId = ((await units.json()) as { docs: { id: number }[] }).docs[0]!.id
}, 10 * 60_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe("the calendar panel in a unit's page", () => {
  it('should let an editor issue the feed addresses once and revoke them', async () => {
    const page = await logIn(browser, app.url, 'bientap@hatinh.demo', DEMO_PASSWORD)
    page.on('dialog', (dialog) => void dialog.accept())
    await openAdmin(page, `${app.url}/admin/collections/units/${unitId}`, '.calendar-feeds-panel')
    const panel = page.locator('.calendar-feeds-panel')
    await panel.getByText('Chưa có mã').waitFor()

    await panel.getByRole('button', { name: 'Tạo/đổi mã' }).click()
    const input = panel.locator('input[data-feed="broadcasts"]')
    await input.waitFor()
    const address = await input.inputValue()
    expect(address).toMatch(/\/feeds\/broadcasts\.ics\?unit=HT-CAMBINH&token=/)
    expect(await panel.locator('input[data-feed="deadlines"]').inputValue()).toBe(
      address.replace('broadcasts.ics', 'deadlines.ics'),
    )
    fs.mkdirSync('test-results', { recursive: true })
    await page.screenshot({ path: 'test-results/unit-calendar-panel.png' })

    const feed = await fetch(new URL(new URL(address).pathname + new URL(address).search, app.url))
    expect(feed.status).toBe(200)
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(await feed.text()).toContain('BEGIN:VCALENDAR')

    await panel.getByRole('button', { name: 'Thu hồi' }).click()
    await panel.getByText('Chưa có mã').waitFor()
    expect(
      (await fetch(new URL(new URL(address).pathname + new URL(address).search, app.url))).status,
    ).toBe(404)
    await page.context().close()
  })

  it("should not show the panel to the unit's reporter", async () => {
    const page = await logIn(browser, app.url, 'baocao.cambinh@hatinh.demo', DEMO_PASSWORD)
    const answered = page.waitForResponse(
      (res) => res.url().includes(`/api/units/${unitId}/calendar-token`),
      { timeout: 120_000 },
    )
    await page.goto(`${app.url}/admin/collections/units/${unitId}`)
    expect((await answered).status()).toBe(403)
    await page.locator('#field-name').first().waitFor({ timeout: 60_000 })
    expect(await page.locator('.calendar-feeds-panel').count()).toBe(0)
    await page.context().close()
  })
})
