import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { DEMO_PASSWORD } from '@/modules/organisation/seed/users'

import { seriousViolations } from '../helpers/axe'
import { launchBrowser, logIn, openAdmin } from '../helpers/browser'
import { startRealApp, type RunningApp } from '../helpers/server'

/**
 * Issue 13, "Việc cần làm": each role signs in to the production build and finds, above the
 * dashboard's cards, what waits for them, with the same counts `GET /api/me/tasks` answers; a line
 * is a link to the work (the reviewer's list holds exactly the articles counted). The reporter does
 * it on a phone.
 */
let app: RunningApp
let browser: Browser
const ADMIN = { email: 'admin@cchc.local', password: 'DoiMatKhau@2026' }

type Line = { key: string; count: number; text: string; href: string; deadlineText: string | null }

const tasksOf = async (email: string, password: string): Promise<Line[]> => {
  const login = await fetch(`${app.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const { token } = (await login.json()) as { token: string }
  const res = await fetch(`${app.url}/api/me/tasks`, {
    headers: { Authorization: `JWT ${token}`, 'Accept-Language': 'vi' },
  })
  expect(res.status).toBe(200)
  expect(res.headers.get('cache-control')).toContain('no-store')
  return ((await res.json()) as { tasks: Line[] }).tasks
}

/** The dashboard's lines, as a person reads them: the count, then the words. */
const shownLines = async (page: Page) =>
  page.locator('.my-tasks__line').evaluateAll((links) =>
    links.map((link) => ({
      key: link.getAttribute('data-task'),
      count: Number(link.querySelector('.my-tasks__count')?.textContent?.replace(/\./g, '')),
      text: link.querySelector('.my-tasks__text')?.textContent ?? '',
      href: link.getAttribute('href'),
    })),
  )

const dashboardOf = async (email: string, password = DEMO_PASSWORD, phone = false) => {
  const page = await logIn(browser, app.url, email, password)
  if (phone) await page.setViewportSize({ width: 390, height: 844 })
  await openAdmin(page, `${app.url}/admin`, '.my-tasks')
  await expect(page.locator('#my-tasks-title').innerText()).resolves.toBe('Việc cần làm')
  const expected = await tasksOf(email, password)
  const shown = await shownLines(page)
  // A link may filter by "now" (accounts locked beyond it): the instant differs between the page
  // and the API call, not the filter.
  const stable = ({ key, count, href }: { key: unknown; count: number; href: string | null }) => ({
    key,
    count,
    href: href?.replace(/\]=\d{4}-\d\d-\d\dT[^&]*/, ']=<now>'),
  })
  expect(shown.map(stable)).toEqual(expected.map(stable))
  for (const [i, line] of expected.entries()) {
    expect(shown[i]!.text).toContain(line.text)
    if (line.deadlineText) expect(shown[i]!.text).toContain(line.deadlineText)
  }
  expect(await seriousViolations(page, '.my-tasks')).toEqual([])
  return { page, lines: expected }
}

beforeAll(async () => {
  app = await startRealApp()
  browser = await launchBrowser()
}, 10 * 60_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe('"Việc cần làm" on the dashboard, per role, on the production build', () => {
  it('a reviewer sees what waits for review and opens exactly those articles', async () => {
    const { page, lines } = await dashboardOf('pheduyet@hatinh.demo')
    expect(lines.map((line) => line.key)).toEqual([
      'articlesInReview',
      'faqsInReview',
      'reportsSubmitted',
    ])
    const inReview = lines[0]!
    expect(inReview.count).toBeGreaterThan(0)
    await page.locator('[data-task="articlesInReview"]').click()
    await page.waitForURL(/\/admin\/collections\/articles\?/)
    await page.locator('.collection-list .table tbody tr').first().waitFor()
    expect(await page.locator('.collection-list .table tbody tr').count()).toBe(inReview.count)
    await page.context().close()
  })

  it('an editor sees their returned and scheduled pieces', async () => {
    const { page, lines } = await dashboardOf('bientap@hatinh.demo')
    const byKey = Object.fromEntries(lines.map((line) => [line.key, line]))
    expect(byKey.articlesReturned!.count).toBeGreaterThan(0)
    expect(byKey.articlesScheduled!.count).toBe(1)
    expect(byKey.articlesScheduled!.deadlineText).toMatch(/^hạn gần nhất \d{2}\/\d{2}\/\d{4}/)
    await page.locator('[data-task="articlesReturned"]').click()
    await page.waitForURL(/\/admin\/collections\/articles\?/)
    await page.locator('.collection-list .table tbody tr').first().waitFor()
    expect(await page.locator('.collection-list .table tbody tr').count()).toBe(
      byKey.articlesReturned!.count,
    )
    await page.context().close()
  })

  it('a commune reporter, on a phone, sees airings and reports and goes to confirm', async () => {
    const { page, lines } = await dashboardOf('baocao.camxuyen@hatinh.demo', DEMO_PASSWORD, true)
    expect(lines.map((line) => line.key)).toEqual([
      'airingsToConfirm',
      'reportsDue',
      'reportsLate',
      'reportsReturned',
    ])
    const boxes = await page
      .locator('.my-tasks__line')
      .evaluateAll((links) => links.map((link) => link.getBoundingClientRect().height))
    for (const height of boxes) expect(height).toBeGreaterThanOrEqual(44)
    await page.locator('[data-task="airingsToConfirm"]').click()
    await page.waitForURL(/\/admin\/airings-due\?range=week/)
    await page.locator('.airings-due').first().waitFor()
    await page.context().close()
  })

  it('a leader sees late units and indicators off target, and opens the scorecard', async () => {
    const { page, lines } = await dashboardOf('lanhdao@hatinh.demo')
    expect(lines.map((line) => line.key)).toEqual(['lateUnits', 'indicatorsOffTarget'])
    await page.locator('[data-task="indicatorsOffTarget"]').click()
    await page.waitForURL(/\/admin\/scorecard\?plan=/)
    await page.locator('.scorecard-grid').first().waitFor()
    await page.context().close()
  })

  it('an admin sees failed mails, failing jobs and locked accounts', async () => {
    const { page, lines } = await dashboardOf(ADMIN.email, ADMIN.password)
    expect(lines.map((line) => line.key)).toEqual(['failingJobs', 'lockedAccounts', 'failedMails'])
    await page.locator('[data-task="failedMails"]').click()
    await page.waitForURL(/\/admin\/collections\/outbox\?/)
    await page.locator('.collection-list').first().waitFor()
    await page.context().close()
  })
})
