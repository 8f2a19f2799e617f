import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { DEMO_PASSWORD } from '@/modules/organisation/seed/users'

import { seriousViolations } from '../helpers/axe'
import { launchBrowser, logIn, openAdmin } from '../helpers/browser'
import { startRealApp, type RunningApp } from '../helpers/server'

/**
 * Issue 13 part 5, "a report form that fits the plan": a commune's reporter, on a phone (390×844),
 * opens "create report" on the production build and finds the plan, the unit and the next period
 * filled in, the plan's figures first (grouped, required ones marked), the others behind "Thêm số
 * liệu khác"; types numbers the Vietnamese way, saves the draft and opens its printable view.
 */
let app: RunningApp
let browser: Browser
let page: Page
const REPORTER = 'baocao.camxuyen@hatinh.demo'

type Doc = Record<string, unknown> & { id: number | string }

const api = async (auth: string, path: string) => {
  const res = await fetch(`${app.url}${path}`, { headers: { Authorization: auth } })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

const login = async (email: string) => {
  const res = await fetch(`${app.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  })
  return `JWT ${((await res.json()) as { token: string }).token}`
}

let reporter: string
let plan: Doc
let reportId: string

beforeAll(async () => {
  app = await startRealApp()
  browser = await launchBrowser()
  reporter = await login(REPORTER)
  const year = new Date().getFullYear()
  const plans = await api(reporter, `/api/campaign-plans?where[year][equals]=${year}&depth=0`)
  plan = (plans.body.docs as Doc[])[0]!
  page = await logIn(browser, app.url, REPORTER, DEMO_PASSWORD)
  await page.setViewportSize({ width: 390, height: 844 })
}, 10 * 60_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe('the report form on a phone', () => {
  it('should fill in the plan, the unit and the next period due', async () => {
    await openAdmin(
      page,
      `${app.url}/admin/collections/unit-reports/create`,
      '[data-testid="plan-figures"]',
    )
    // The relationship boxes name their value once they have loaded its title.
    await page.locator('#field-plan', { hasText: String(plan.title) }).waitFor()
    await page.locator('#field-unit', { hasText: 'UBND xã Cẩm Xuyên' }).waitFor()
    // The seed sent Q1–Q3; the fourth quarter is due next.
    expect(await page.locator('#field-period').innerText()).toContain('Quý IV')
  })

  it('should show the plan’s figures first, grouped, the required ones marked, the rest closed', async () => {
    const needed = page.locator('[data-testid="plan-figures"]')
    const required = (plan.requiredFigures as string[]) ?? []
    expect(required.length).toBeGreaterThan(0)
    await page.locator(`#field-figures__${required[0]}`).waitFor()
    const marked = await needed
      .locator('input[aria-required="true"]')
      .evaluateAll((inputs) => inputs.map((i) => i.id))
    expect(marked.sort()).toEqual(required.map((key) => `field-figures__${key}`).sort())
    for (const key of required)
      expect(await page.locator(`label[for="field-figures__${key}"] .required`).count()).toBe(1)
    // Grouped by kind, with Vietnamese headings: the demo plan's feedback figures together.
    const feedback = needed.locator('[data-testid="figure-group-feedback"]')
    expect(await feedback.locator('h4').innerText()).toBe('Phản ánh, kiến nghị')
    expect(await feedback.locator('input').count()).toBe(2)
    // Nothing else is marked required, and the other figures wait behind the closed disclosure.
    expect(await page.locator('[data-testid="more-figures"] [aria-required="true"]').count()).toBe(
      0,
    )
    expect(await page.locator('[data-testid="more-figures"]').getAttribute('open')).toBeNull()
    expect(await page.locator('#field-figures__sipasScore').isVisible()).toBe(false)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    expect(await seriousViolations(page, '[data-testid="report-figures"]')).toEqual([])
  })

  it('should follow the plan chosen in the form', async () => {
    // No plan: nothing is marked, every figure shows. The plan again: its figures come back first.
    await page.locator('#field-plan .clear-indicator').click()
    await page.getByText('Chọn kế hoạch để biết số liệu cần báo cáo.').waitFor()
    expect(await page.locator('[data-testid="plan-figures"]').count()).toBe(0)
    expect(await page.locator('[data-testid="more-figures"]').getAttribute('open')).not.toBeNull()
    expect(
      await page.locator('[data-testid="report-figures"] [aria-required="true"]').count(),
    ).toBe(0)
    await page.locator('#field-plan .rs__control').click()
    await page
      .locator('.rs__option', { hasText: String(plan.title) })
      .first()
      .click()
    await page
      .locator('[data-testid="plan-figures"] [data-testid="figure-group-feedback"]')
      .waitFor()
    expect(
      await page.locator('[data-testid="plan-figures"] input[aria-required="true"]').count(),
    ).toBe(((plan.requiredFigures as string[]) ?? []).length)
  })

  it('should open the other figures on a click and read numbers typed the Vietnamese way', async () => {
    // Opened while no plan was chosen; closed again by a click, and opened by another.
    const more = page.locator('[data-testid="more-figures"]')
    if ((await more.getAttribute('open')) !== null)
      await page.getByText('Thêm số liệu khác').click()
    expect(await more.getAttribute('open')).toBeNull()
    await page.getByText('Thêm số liệu khác').click()
    await page.locator('#field-figures__sipasScore').waitFor()
    await page.locator('#field-figures__feedbackReceived').fill('1.234')
    await page.locator('#field-figures__feedbackHandled').fill('12')
    await page.locator('#field-figures__sipasScore').fill('35,5')
    await page.locator('#field-figures__proceduresPublished').fill('1.234')
    expect(await seriousViolations(page, '[data-testid="report-figures"]')).toEqual([])
    await page.locator('#action-save').click()
    await page.waitForURL(/\/unit-reports\/\d+/, { timeout: 60_000 })
    reportId = /\/unit-reports\/(\d+)/.exec(page.url())![1]!
    const saved = await api(reporter, `/api/unit-reports/${reportId}?depth=0`)
    expect(saved.body.status).toBe('draft')
    expect(saved.body.period).toBe('Q4')
    const figures = saved.body.figures as Record<string, unknown>
    expect(figures).toMatchObject({
      feedbackReceived: 1234,
      feedbackHandled: 12,
      sipasScore: 35.5,
      proceduresPublished: 1234,
    })
  })

  it('should open the other figures by itself when one holds a value', async () => {
    await openAdmin(
      page,
      `${app.url}/admin/collections/unit-reports/${reportId}`,
      '[data-testid="plan-figures"]',
    )
    await page.locator('[data-testid="more-figures"][open]').waitFor()
    expect(await page.locator('#field-figures__sipasScore').inputValue()).toBe('35,5')
    // Dates and labels on the form (the sidebar's too) are Vietnamese: no "Submitted At 11/30/2026".
    const form = await page.locator('.collection-edit').innerText()
    expect(form).not.toMatch(/Submitted At|Last Modified|Created/)
    expect(form).not.toMatch(/\b\d{1,2}\/(1[3-9]|2\d|3[01])\/\d{4}\b/)
    expect(form).toMatch(/\b\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\b/)
  })

  it('should print the report as the official document, figures in groups and in vi-VN', async () => {
    await page.locator('[data-testid="report-print-link"]').first().click()
    await page.locator('[data-testid="report-print"]').waitFor()
    expect(page.url()).toContain(`/admin/reports/${reportId}/print`)
    const sheet = await page.locator('[data-testid="report-print"]').innerText()
    expect(sheet).toContain('UBND xã Cẩm Xuyên')
    expect(sheet).toContain('Quý IV/')
    expect(sheet).toContain('Đang soạn')
    expect(sheet).toContain('Phản ánh, kiến nghị')
    expect(sheet).toContain('Chỉ số đánh giá')
    expect(sheet).toContain('35,5')
    expect(sheet).toContain('1.234')
    expect(sheet).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{4}, \d/)
    expect(await page.getByRole('button', { name: 'In' }).isVisible()).toBe(true)
    expect(await seriousViolations(page, '[data-testid="report-print"]')).toEqual([])
  })

  it('should not show a report outside the reporter’s reach', async () => {
    const editor = await login('bientap@hatinh.demo')
    const mine = await api(reporter, '/api/users/me?depth=0')
    const unit = (mine.body.user as { unit: number }).unit
    const others = await api(
      editor,
      `/api/unit-reports?where[unit][not_equals]=${unit}&limit=1&depth=0`,
    )
    const other = (others.body.docs as Doc[])[0]!
    const res = await page.goto(`${app.url}/admin/reports/${other.id}/print`)
    expect(res?.status()).toBe(404)
    expect(await page.locator('[data-testid="report-print"]').count()).toBe(0)
  })
})
