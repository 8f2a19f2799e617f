import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { DEMO_PASSWORD } from '@/modules/organisation/seed/users'

import { seriousViolations } from '../helpers/axe'
import { launchBrowser, logIn, openAdmin } from '../helpers/browser'
import { startRealApp, type RunningApp } from '../helpers/server'

/**
 * Issue 13 part 3, the bell: a reviewer sees the unread count go up when an editor submits an
 * article, opens the bell, clicks through to the article, and the count drops; once they turn that
 * kind off on their account, the next submission does not ring. On the production build.
 */
let app: RunningApp
let browser: Browser
let page: Page
let editor: string
let area: number | string
let unit: number | string
const REVIEWER = 'pheduyet@hatinh.demo'

const api = async (auth: string, path: string, init: RequestInit = {}) => {
  const headers = new Headers(init.headers)
  headers.set('Authorization', auth)
  if (typeof init.body === 'string') headers.set('Content-Type', 'application/json')
  const res = await fetch(`${app.url}${path}`, { ...init, headers })
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

/** The editor writes an article and submits it for review in one save, as the REST API allows. */
const submitArticle = async (title: string): Promise<number | string> => {
  const created = await api(editor, '/api/articles?draft=true', {
    method: 'POST',
    body: JSON.stringify({
      title,
      summary: `Tóm tắt: ${title}`,
      body: {
        root: {
          type: 'root',
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          children: [
            {
              type: 'paragraph',
              version: 1,
              direction: 'ltr',
              format: '',
              indent: 0,
              textFormat: 0,
              children: [
                {
                  type: 'text',
                  version: 1,
                  text: 'Nội dung bài viết.',
                  format: 0,
                  style: '',
                  mode: 'normal',
                  detail: 0,
                },
              ],
            },
          ],
        },
      },
      reformAreas: [area],
      unit,
      reviewStatus: 'inReview',
    }),
  })
  expect(created.status).toBe(201)
  return (created.body.doc as { id: number | string }).id
}

const bell = () => page.locator('.notification-bell__button')
/** The count the bell shows once it has read it. */
const unread = async () => {
  await page.locator('.notification-bell__button[data-unread]').waitFor()
  return Number(await bell().getAttribute('data-unread'))
}
/** Waits until the bell shows `count` (it re-reads on focus and every half minute). */
const untilUnread = (count: number) =>
  page.waitForFunction(
    (n) =>
      document.querySelector('.notification-bell__button')?.getAttribute('data-unread') ===
      String(n),
    count,
    { timeout: 60_000 },
  )

beforeAll(async () => {
  app = await startRealApp()
  browser = await launchBrowser()
  editor = await login('bientap@hatinh.demo')
  const me = (await api(editor, '/api/users/me?depth=0')).body.user as { unit: number | string }
  unit = me.unit
  const areas = (await api(editor, '/api/reform-areas?limit=1&depth=0')).body.docs as {
    id: number | string
  }[]
  area = areas[0]!.id
  page = await logIn(browser, app.url, REVIEWER, DEMO_PASSWORD)
}, 10 * 60_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe('the notification bell', () => {
  it('should ring when an editor submits, open the article from the list, and count it read', async () => {
    await openAdmin(page, `${app.url}/admin`, '.notification-bell__button')
    const before = await unread()
    const title = 'Hà Tĩnh thí điểm một cửa số tại xã'
    const id = await submitArticle(title)

    await openAdmin(page, `${app.url}/admin`, '.notification-bell__button')
    await untilUnread(before + 1)
    expect(await bell().getAttribute('aria-label')).toBe(`Thông báo: ${before + 1} chưa đọc`)

    await bell().click()
    const item = page.locator('.notification-bell__list a', { hasText: title })
    await expect(item.textContent()).resolves.toContain(`Có bài chờ duyệt: ${title}`)
    await expect(page.locator('.notification-bell__mark-all').textContent()).resolves.toBe(
      'Đánh dấu đã đọc tất cả',
    )
    // The open bell passes axe (serious and critical) and speaks Vietnamese.
    expect(await seriousViolations(page, '.notification-bell')).toEqual([])
    await item.click()
    await page.waitForURL((url) => url.pathname === `/admin/collections/articles/${id}`)
    await untilUnread(before)
  })

  it('should not ring for a kind the reviewer turned off on their account', async () => {
    if ((await unread()) > 0) {
      await bell().click()
      await page.locator('.notification-bell__mark-all').click()
      await untilUnread(0)
      await page.keyboard.press('Escape')
    }
    await openAdmin(page, `${app.url}/admin/account`, '#field-notificationsOff')
    // The form hydrates after the field appears: open the list once the page has settled, and
    // again if the first click came too early.
    await page.waitForLoadState('networkidle')
    const option = page.locator('.rs__option', { hasText: 'Bài gửi duyệt' }).first()
    for (let attempt = 0; attempt < 3 && !(await option.isVisible()); attempt++) {
      await page.locator('#field-notificationsOff .rs__control').click()
      await option.waitFor({ timeout: 5_000 }).catch(() => undefined)
    }
    await option.click()
    const saved = page.waitForResponse(
      (response) =>
        response.url().includes('/api/users/') && response.request().method() === 'PATCH',
    )
    await page.locator('#action-save').click()
    const response = await saved
    expect([response.status(), (await response.text()).slice(0, 300)]).toEqual([
      200,
      expect.any(String),
    ])
    const reviewer = await login(REVIEWER)
    const me = (await api(reviewer, '/api/users/me?depth=0')).body.user as {
      notificationsOff?: string[]
    }
    expect(me.notificationsOff).toEqual(['reviewRequested'])

    await submitArticle('Bài thứ hai không làm chuông reo')
    await openAdmin(page, `${app.url}/admin`, '.notification-bell__button')
    // Give the count its round trip, then check it stayed at zero.
    await page.waitForLoadState('networkidle')
    expect(await unread()).toBe(0)
  })
})
