import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'
import { DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD } from '@/platform/config/env'
import { launchBrowser, logIn } from '../helpers/browser'
import { startRealApp, type RunningApp } from '../helpers/server'
import { adminPages } from '../helpers/adminPages'
import { notVietnamese, pageTexts, untranslated } from '../helpers/language'

let app: RunningApp
let browser: Browser
let pages: string[]

/**
 * What Payload's own components say in English whatever the configuration (recorded in the README):
 * the toast's close button (sonner's built-in label).
 */
const PAYLOAD_OWN = new Set(['Close toast'])

beforeAll(async () => {
  app = await startRealApp()
  browser = await launchBrowser()
}, 10 * 60_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

/** A page's texts with every tab opened and, on a list, the column chooser. */
const everythingOn = async (page: Page, path: string): Promise<string[]> => {
  await page.goto(`${app.url}${path}`, { waitUntil: 'networkidle' })
  let texts = await pageTexts(page)
  const tabs = page.locator('.tabs-field__tab-button')
  for (let i = 0; i < (await tabs.count()); i++) {
    await tabs.nth(i).click()
    texts = texts.concat(await pageTexts(page))
  }
  const columns = page.locator('.list-controls__toggle-columns')
  if (await columns.count()) {
    await columns.first().click()
    await page.locator('.pill-selector').first().waitFor({ timeout: 5000 })
    texts = texts.concat(await pageTexts(page))
  }
  return texts
}

describe('the admin speaks the reader’s language', () => {
  it('should show no English, raw object or untranslated key anywhere in the Vietnamese admin', async () => {
    const page = await logIn(browser, app.url, DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD)
    pages = await adminPages(page, app.url)
    // Every collection's list, create form and a document, the custom views and the dashboard.
    expect(pages.length).toBeGreaterThan(60)
    const report: Record<string, string[]> = {}
    for (const path of pages) {
      const found = notVietnamese(await everythingOn(page, path), PAYLOAD_OWN)
      if (found.length) report[path] = found
    }
    expect(report).toEqual({})
    await page.context().close()
  })

  it('should show no raw object or untranslated key in the English admin', async () => {
    const page = await logIn(browser, app.url, DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD)
    // The language a user picks in their account settings, kept in Payload's language cookie.
    await page.context().addCookies([{ name: 'payload-lng', value: 'en', url: app.url }])
    await page.goto(`${app.url}/admin`, { waitUntil: 'networkidle' })
    expect(await page.locator('nav.nav__wrap').innerText()).toMatch(/Units/)
    const report: Record<string, string[]> = {}
    for (const path of pages) {
      const found = untranslated(await everythingOn(page, path))
      if (found.length) report[path] = found
    }
    expect(report).toEqual({})
    await page.context().close()
  })
})
