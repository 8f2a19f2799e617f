import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD } from '@/platform/config/env'
import { slugs } from '@/platform/slugs'
import { adminPages } from '../helpers/adminPages'
import { seriousNodes, type AxeNode } from '../helpers/axe'
import { launchBrowser, logIn, unplug } from '../helpers/browser'
import { startRealApp, type RunningApp } from '../helpers/server'

let app: RunningApp
let browser: Browser

/**
 * The roots of what the project renders itself in the admin: its components (sign-in, second
 * factor, account security, outbox preview, unit import and reorganisation, calendar feeds,
 * occurrences, the publish hint, the brand) and its views (scorecard, broadcast calendar).
 */
const PROJECT_ROOTS = [
  '.second-factor-login',
  '.cchc-brand',
  '.mfa-enrol',
  '.account-security',
  '.outbox-preview',
  '.import-units',
  '.reorganise-units',
  '.calendar-feeds-panel',
  '.occurrences-panel',
  '.guarded-publish-hint',
  '.scorecard-views',
  '.broadcast-calendar',
].join(',')

/**
 * What Swagger UI's own markup does and neither its options nor a style sheet can change: an
 * operation's summary is a button holding the copy and expand buttons. Everything else on the
 * documentation page (contrast, the server chooser, the page itself) must pass.
 */
const SWAGGER_OWN = new Set(['nested-interactive'])

/** What each page left in Payload's (or Swagger UI's) own components: page → rule → elements. */
const remaining: Record<string, Record<string, number>> = {}
/** A few of the elements behind each remaining rule, to say where they are. */
const examples: Record<string, Set<string>> = {}

/** Records what the project cannot reach and answers what it must fix (one line per element). */
const sort = (name: string, nodes: AxeNode[], ours: (node: AxeNode) => boolean): string[] => {
  const failures: string[] = []
  for (const node of nodes) {
    if (ours(node)) {
      failures.push(`${name}: ${node.rule} (${node.impact}) ${node.target} ${node.html}`)
      continue
    }
    const key = `${node.rule} (${node.impact})`
    const counts = (remaining[name] ??= {})
    counts[key] = (counts[key] ?? 0) + 1
    const seen = (examples[key] ??= new Set())
    if (seen.size < 4) seen.add(`${node.target} ${node.html}`)
  }
  return failures
}

const adminCheck = async (page: Page, name: string): Promise<string[]> =>
  sort(name, await seriousNodes(page, PROJECT_ROOTS), (node) => node.project)

const summary = (): string => {
  const total = (counts: Record<string, number>, impact: string) =>
    Object.entries(counts)
      .filter(([rule]) => rule.endsWith(`(${impact})`))
      .reduce((sum, [, n]) => sum + n, 0)
  const pages = Object.entries(remaining).map(
    ([name, counts]) =>
      `${name}: ${total(counts, 'critical')} critical, ${total(counts, 'serious')} serious\n${Object.entries(
        counts,
      )
        .map(([rule, n]) => `  ${rule}: ${n}`)
        .join('\n')}`,
  )
  const where = Object.entries(examples).map(
    ([rule, seen]) => `${rule}\n  ${[...seen].join('\n  ')}`,
  )
  return `Critical and serious axe-core violations left in Payload's admin components and Swagger UI (not failed; see the README)\n\n${pages.join('\n')}\n\nWhere:\n${where.join('\n')}\n`
}

beforeAll(async () => {
  app = await startRealApp()
  browser = await launchBrowser()
}, 10 * 60_000)

afterAll(async () => {
  const text = summary()
  fs.mkdirSync('test-results', { recursive: true })
  fs.writeFileSync('test-results/accessibility.txt', text)
  console.log(text)
  await browser?.close()
  await app?.stop()
})

describe('axe-core finds no critical or serious violation in what the project renders', () => {
  it('should find none on the sign-in page (the two-step form, the brand)', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
    const page = await context.newPage()
    await page.goto(`${app.url}/admin/login`, { waitUntil: 'networkidle' })
    await page.locator('.second-factor-login').waitFor()
    // The sign-in page is the project's own: everything on it counts, Payload's hidden form aside.
    const nodes = await seriousNodes(page, PROJECT_ROOTS)
    expect(nodes.map((n) => `${n.rule} ${n.target} ${n.html}`)).toEqual([])
    expect(await page.locator('[id="field-email"]').count()).toBeLessThanOrEqual(1)
    await context.close()
  })

  it('should find none on the dashboard, any list, create form or document, or the custom views', async () => {
    const page = await logIn(browser, app.url, DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD)
    // The walk also runs with the network unplugged: a government office may have no internet, so
    // no admin page may need anything from outside this server to render.
    const outside = await unplug(page.context(), app.url)
    const pages = await adminPages(page, app.url)
    expect(pages.length).toBeGreaterThan(60)
    let failures: string[] = []
    for (const path of pages) {
      await page.goto(`${app.url}${path}`, { waitUntil: 'networkidle' })
      // Still signed in: a page that fell back to the sign-in form would check nothing.
      expect(await page.locator('.second-factor-login').count()).toBe(0)
      failures = failures.concat(await adminCheck(page, path))
    }
    expect(failures).toEqual([])
    expect(outside).toEqual([])
    await page.context().close()
  })

  it('should find none on a unit report form on a phone (390×844)', async () => {
    const page = await logIn(browser, app.url, DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD)
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(`${app.url}/admin/collections/${slugs.unitReports}/create`, {
      waitUntil: 'networkidle',
    })
    await page.locator('form').first().waitFor()
    expect(
      await adminCheck(page, `/admin/collections/${slugs.unitReports}/create (390×844)`),
    ).toEqual([])
    await page.context().close()
  })

  it('should find none the documentation page of the public API can reach (Swagger UI)', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
    const page = await context.newPage()
    await page.goto(`${app.url}/api/public/v1/docs`, { waitUntil: 'networkidle' })
    // Rendered: the page's policy lets Swagger UI's files from this server run.
    await page.locator('.swagger-ui .opblock').first().waitFor()
    const nodes = await seriousNodes(page, 'html')
    expect(sort('/api/public/v1/docs', nodes, (node) => !SWAGGER_OWN.has(node.rule))).toEqual([])
    await context.close()
  })
})
