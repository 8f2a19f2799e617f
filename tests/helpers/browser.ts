import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

/** Debian's Chromium, headless, with the flags this machine needs (no downloads, no sandbox as root). */
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })

/** A fresh browser context logged into the admin as `email`. */
export const logIn = async (
  browser: Browser,
  baseUrl: string,
  email: string,
  password: string,
  locale?: string,
): Promise<Page> => {
  const context = await browser.newContext({
    viewport: { width: 1500, height: 1100 },
    ...(locale ? { locale } : {}),
  })
  const page = await context.newPage()
  await page.goto(`${baseUrl}/admin/login`)
  // The two-step sign-in form (Payload’s one-step form is hidden under it).
  await page.fill('#second-factor-email', email)
  await page.fill('#second-factor-password', password)
  await page.click('.second-factor-login button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.includes('/login'))
  // Let the dashboard finish loading before the test navigates on, so two navigations never overlap.
  await page.locator('.template-default').first().waitFor({ timeout: 60_000 })
  return page
}

/**
 * Opens an admin page and waits for `selector`. A page that stays blank (seen now and then on a
 * freshly started server right after login) is reloaded once, as a person would; a second blank fails.
 */
export const openAdmin = async (page: Page, url: string, selector: string): Promise<void> => {
  await page.goto(url, { waitUntil: 'networkidle' })
  try {
    await page.locator(selector).first().waitFor({ timeout: 45_000 })
  } catch {
    await page.reload({ waitUntil: 'networkidle' })
    await page.locator(selector).first().waitFor({ timeout: 60_000 })
  }
}

/**
 * "Unplugs the network" of a browser context: every request not to `baseUrl`'s host is refused as
 * if there were no route outside, and remembered (the returned list) so a test can say what a page
 * tried to fetch from the internet.
 */
export const unplug = async (context: BrowserContext, baseUrl: string): Promise<string[]> => {
  const outside: string[] = []
  const own = new URL(baseUrl)
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url())
    if (url.host === own.host) return route.continue()
    outside.push(url.href)
    return route.abort('internetdisconnected')
  })
  return outside
}
