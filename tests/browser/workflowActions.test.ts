import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Locator, Page } from 'playwright-core'

import { DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD } from '@/platform/config/env'
import { DEMO_PASSWORD } from '@/modules/organisation/seed/users'
import { figureRanges, reportFigures, type FigureKey } from '@/modules/campaigns/domain/vocabulary'

import { seriousViolations } from '../helpers/axe'
import { launchBrowser, logIn, openAdmin } from '../helpers/browser'
import { startRealApp, type RunningApp } from '../helpers/server'

/**
 * Issue 13, "Action buttons": the editorial and report workflows walked by clicking, on the
 * production build. Each reader sees only the steps the workflow allows them; a return asks for its
 * reason in a dialog; a reopened report is the unit's to mend and send again.
 */
let app: RunningApp
let browser: Browser

const EDITOR = 'bientap@hatinh.demo'
const REVIEWER = 'pheduyet@hatinh.demo'
const REPORTER = 'baocao.camxuyen@hatinh.demo'
const TITLE = 'Xã Cẩm Xuyên thí điểm một cửa không giấy tờ'

beforeAll(async () => {
  app = await startRealApp()
  browser = await launchBrowser()
}, 10 * 60_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

const tokenOf = async (email: string, password = DEMO_PASSWORD) => {
  const res = await fetch(`${app.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  return `JWT ${((await res.json()) as { token: string }).token}`
}
const api = async <T = Record<string, unknown>>(
  auth: string | null,
  path: string,
  init: RequestInit = {},
) => {
  const headers = new Headers(init.headers)
  if (auth) headers.set('Authorization', auth)
  if (typeof init.body === 'string') headers.set('Content-Type', 'application/json')
  const res = await fetch(`${app.url}${path}`, { ...init, headers })
  return { status: res.status, body: (await res.json()) as T }
}

/** The workflow buttons the page offers, by their text. */
const steps = (page: Page, group: string): Promise<string[]> =>
  page
    .getByRole('group', { name: group })
    .getByRole('button')
    .allInnerTexts()
    .then((texts) => texts.map((t) => t.trim()))
    .catch(() => [])

/** Waits until the page (reloaded after a step) offers exactly `expected`. */
const offers = async (page: Page, group: string, expected: string[]) => {
  for (let i = 0; i < 60; i++) {
    const now = await steps(page, group)
    if (JSON.stringify(now) === JSON.stringify(expected)) return
    await page.waitForTimeout(500)
  }
  expect(await steps(page, group)).toEqual(expected)
}

const click = (page: Page, group: string, name: string): Promise<void> =>
  page.getByRole('group', { name: group }).getByRole('button', { name, exact: true }).click()

/** Returns with a reason typed in the dialog (an empty one is refused in the dialog first). */
const returnWith = async (page: Page, group: string, reason: string, refusal: string) => {
  await click(page, group, 'Trả lại')
  const dialog: Locator = page.getByRole('dialog')
  await dialog.waitFor()
  await dialog.getByRole('button', { name: 'Trả lại', exact: true }).click()
  expect((await dialog.getByRole('alert').innerText()).trim()).toBe(refusal)
  // The dialog, its refusal shown, has no serious accessibility fault.
  expect(await seriousViolations(page, '.workflow-buttons__dialog')).toEqual([])
  await dialog.getByRole('textbox').fill(reason)
  await dialog.getByRole('button', { name: 'Trả lại', exact: true }).click()
  await dialog.waitFor({ state: 'hidden' })
}

describe('editorial workflow by its buttons', () => {
  const GROUP = 'Các bước duyệt'

  it('should take an article from an editor through return, resubmission, publication and removal', async () => {
    const editor = await logIn(browser, app.url, EDITOR, DEMO_PASSWORD)
    await openAdmin(editor, `${app.url}/admin/collections/articles/create`, '#field-title')
    await editor.fill('#field-title', TITLE)
    await editor.fill('#field-summary', 'Người dân nộp hồ sơ không cần bản giấy.')
    await editor.locator('[data-lexical-editor="true"]').first().click()
    await editor.keyboard.type('Từ tháng 12, bộ phận một cửa nhận hồ sơ điện tử.')
    await editor.locator('#field-reformAreas .rs__control').click()
    await editor.locator('.rs__option').first().click()
    // The status is shown, not chosen: only the buttons change it.
    expect(await editor.locator('#field-reviewStatus .rs__control--is-disabled').count()).toBe(1)
    await editor.getByRole('button', { name: 'Lưu bản nháp' }).click()
    await editor.waitForURL(/\/admin\/collections\/articles\/\d+/)
    const id = editor.url().match(/articles\/(\d+)/)![1]
    await offers(editor, GROUP, ['Gửi duyệt'])
    await click(editor, GROUP, 'Gửi duyệt')
    await editor.getByText('Đã gửi duyệt').first().waitFor()
    await offers(editor, GROUP, [])
    await editor.locator('#field-reviewStatus').getByText('Chờ duyệt').waitFor()

    // The reviewer sees only a reviewer's steps, and returns it with a reason.
    const reviewer = await logIn(browser, app.url, REVIEWER, DEMO_PASSWORD)
    await openAdmin(reviewer, `${app.url}/admin/collections/articles/${id}`, '#field-title')
    await offers(reviewer, GROUP, ['Trả lại', 'Duyệt và xuất bản'])
    await returnWith(
      reviewer,
      GROUP,
      'Bổ sung số hồ sơ đã nhận.',
      'Khi trả lại bài, người duyệt phải ghi ý kiến để biên tập viên sửa.',
    )
    await reviewer.getByText('Đã trả lại để sửa').first().waitFor()
    await offers(reviewer, GROUP, ['Gửi duyệt', 'Duyệt và xuất bản'])

    // The editor reads the reason and sends it again.
    await openAdmin(editor, `${app.url}/admin/collections/articles/${id}`, '#field-title')
    await expect(editor.locator('#field-reviewComment').inputValue()).resolves.toBe(
      'Bổ sung số hồ sơ đã nhận.',
    )
    await offers(editor, GROUP, ['Gửi duyệt'])
    await click(editor, GROUP, 'Gửi duyệt')
    await editor.getByText('Đã gửi duyệt').first().waitFor()
    await editor.context().close()

    // The reviewer publishes it, then takes it down.
    await openAdmin(reviewer, `${app.url}/admin/collections/articles/${id}`, '#field-title')
    await offers(reviewer, GROUP, ['Trả lại', 'Duyệt và xuất bản'])
    await click(reviewer, GROUP, 'Duyệt và xuất bản')
    await reviewer.getByText('Đã duyệt và xuất bản').first().waitFor()
    expect((await api(null, `/api/articles/${id}`)).status).toBe(200)
    await offers(reviewer, GROUP, ['Gỡ xuống'])
    await click(reviewer, GROUP, 'Gỡ xuống')
    await reviewer.getByText('Đã gỡ xuống').first().waitFor()
    expect((await api(null, `/api/articles/${id}`)).status).toBe(404)
    await offers(reviewer, GROUP, ['Gửi duyệt', 'Duyệt và xuất bản'])
    await reviewer.context().close()
  })
})

describe('report workflow by its buttons, the unit on a phone', () => {
  const GROUP = 'Các bước báo cáo'

  it('should let the unit submit, the reviewer return and approve, the admin reopen and the unit send again', async () => {
    // A fresh report for the quarter under way, written by the commune's reporter.
    const reporterToken = await tokenOf(REPORTER)
    const me = (await api<{ user: { unit: number } }>(reporterToken, '/api/users/me?depth=0')).body
      .user
    const plan = (
      await api<{ docs: { id: number; requiredFigures?: FigureKey[] }[] }>(
        reporterToken,
        '/api/campaign-plans?depth=0&limit=1&sort=-year',
      )
    ).body.docs[0]!
    const figures = Object.fromEntries(
      (plan.requiredFigures ?? []).map((key) => {
        const kind = reportFigures[key]
        return [
          key,
          kind === 'boolean' ? true : key === 'dossiersOnTimePct' ? 100 : figureRanges[kind].min,
        ]
      }),
    )
    const created = await api<{ doc: { id: number } }>(reporterToken, '/api/unit-reports', {
      method: 'POST',
      body: JSON.stringify({ plan: plan.id, unit: me.unit, period: 'Q4', figures }),
    })
    expect(created.status).toBe(201)
    const url = `${app.url}/admin/collections/unit-reports/${created.body.doc.id}`

    const reporter = await logIn(browser, app.url, REPORTER, DEMO_PASSWORD)
    await reporter.setViewportSize({ width: 390, height: 844 })
    await openAdmin(reporter, url, '#field-difficulties')
    await offers(reporter, GROUP, ['Nộp báo cáo'])
    const box = await reporter
      .getByRole('group', { name: GROUP })
      .getByRole('button', { name: 'Nộp báo cáo' })
      .boundingBox()
    expect(box!.height).toBeGreaterThanOrEqual(44)
    expect(await seriousViolations(reporter, '.workflow-buttons')).toEqual([])
    await click(reporter, GROUP, 'Nộp báo cáo')
    await reporter.getByText('Đã nộp báo cáo').first().waitFor()
    await offers(reporter, GROUP, [])

    const reviewer = await logIn(browser, app.url, REVIEWER, DEMO_PASSWORD)
    await openAdmin(reviewer, url, '#field-difficulties')
    await offers(reviewer, GROUP, ['Trả lại', 'Duyệt'])
    await returnWith(
      reviewer,
      GROUP,
      'Thiếu ảnh minh chứng.',
      'Khi trả lại báo cáo phải ghi rõ lý do.',
    )
    await reviewer.getByText('Đã trả lại báo cáo cho đơn vị').first().waitFor()
    await offers(reviewer, GROUP, [])

    // The unit sees the reason and sends the report again.
    await openAdmin(reporter, url, '#field-difficulties')
    await expect(reporter.locator('#field-returnReason').inputValue()).resolves.toBe(
      'Thiếu ảnh minh chứng.',
    )
    await offers(reporter, GROUP, ['Nộp báo cáo'])
    await click(reporter, GROUP, 'Nộp báo cáo')
    await reporter.getByText('Đã nộp báo cáo').first().waitFor()

    await openAdmin(reviewer, url, '#field-difficulties')
    await offers(reviewer, GROUP, ['Trả lại', 'Duyệt'])
    await click(reviewer, GROUP, 'Duyệt')
    await reviewer.getByText('Đã duyệt báo cáo').first().waitFor()
    await offers(reviewer, GROUP, [])
    await reviewer.context().close()

    // Approved: the admin reopens it, and the unit mends and sends it again.
    const admin = await logIn(browser, app.url, DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD)
    await openAdmin(admin, url, '#field-difficulties')
    await offers(admin, GROUP, ['Mở lại'])
    await click(admin, GROUP, 'Mở lại')
    await admin.getByText('Đã mở lại báo cáo cho đơn vị sửa').first().waitFor()
    await admin.context().close()

    await openAdmin(reporter, url, '#field-difficulties')
    await offers(reporter, GROUP, ['Nộp báo cáo'])
    await reporter.fill('#field-difficulties', 'Thiếu máy quét tại bộ phận một cửa.')
    await reporter.getByRole('button', { name: 'Lưu', exact: true }).click()
    await reporter
      .getByText(/thành công/i)
      .first()
      .waitFor()
    await click(reporter, GROUP, 'Nộp báo cáo')
    await reporter.getByText('Đã nộp báo cáo').first().waitFor()
    const stored = await api<{ status: string; difficulties: string }>(
      reporterToken,
      `/api/unit-reports/${created.body.doc.id}?depth=0`,
    )
    expect(stored.body).toMatchObject({
      status: 'submitted',
      difficulties: 'Thiếu máy quét tại bộ phận một cửa.',
    })
    await reporter.context().close()
  })
})
