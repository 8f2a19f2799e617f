import type { Page } from 'playwright-core'

/**
 * Every page an admin reaches from the menu: the dashboard, each menu link (lists, globals and
 * custom views; not the sign-out), each list's create form and its first document. `page` must be
 * logged in.
 */
export const adminPages = async (page: Page, baseUrl: string): Promise<string[]> => {
  await page.goto(`${baseUrl}/admin`, { waitUntil: 'networkidle' })
  const links = await page.$$eval('nav a[href^="/admin"]', (anchors) => [
    ...new Set(anchors.map((a) => a.getAttribute('href') ?? '').filter(Boolean)),
  ])
  // The menu's sign-out link would end the session for every page after it.
  const found = new Set<string>([
    '/admin',
    ...links.filter((link) => !link.startsWith('/admin/logout')),
  ])
  for (const link of links) {
    if (!link.startsWith('/admin/collections/')) continue
    await page.goto(`${baseUrl}${link}`, { waitUntil: 'networkidle' })
    const first = await page
      .locator('.table tbody tr a[href^="/admin/collections/"]')
      .first()
      .getAttribute('href', { timeout: 3000 })
      .catch(() => null)
    if (first) found.add(first)
    found.add(`${link}/create`)
  }
  return [...found]
}
