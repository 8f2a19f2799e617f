import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'
import { DEMO_PASSWORD } from '@/modules/organisation/seed/users'
import { launchBrowser, logIn as logInAs, openAdmin } from '../helpers/browser'
import { startRealApp, type RunningApp } from '../helpers/server'
import fs from 'node:fs'

let app: RunningApp
let browser: Browser

beforeAll(async () => {
  app = await startRealApp()
  browser = await launchBrowser()
}, 10 * 60_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

const logIn = (email: string): Promise<Page> => logInAs(browser, app.url, email, DEMO_PASSWORD)

const choose = async (page: Page, field: string, option: string) => {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.locator('.rs__option', { hasText: option }).first().click()
}

const TITLE = 'Xã Cẩm Bình ra mắt tổ tư vấn dịch vụ công trực tuyến'

describe('the editorial path in the admin', () => {
  it('should take an article with an image from an editor, through review, to the public API', async () => {
    // The editor writes the article, picks a cover from the library and submits it for review.
    const editor = await logIn('bientap@hatinh.demo')
    await openAdmin(editor, `${app.url}/admin/collections/articles/create`, '#field-title')
    await editor.fill('#field-title', TITLE)
    await editor.fill(
      '#field-summary',
      'Tổ tư vấn gồm đoàn viên thanh niên hướng dẫn người dân nộp hồ sơ trực tuyến.',
    )
    await editor.locator('[data-lexical-editor="true"]').first().click()
    await editor.keyboard.type('Mỗi sáng thứ Bảy, tổ tư vấn có mặt tại bộ phận một cửa của xã.')
    await editor.getByRole('button', { name: 'Chọn từ thư viện' }).first().click()
    await editor
      .locator('.drawer__content table tbody tr')
      .first()
      .locator('a, button')
      .first()
      .click()
    await editor.locator('#field-coverImage').getByText(/\.jpg/).waitFor()
    await choose(editor, 'reformAreas', 'Cải cách thủ tục hành chính')
    // Editors do not get a Publish button, only the way to submit.
    expect(await editor.getByRole('button', { name: /^Xuất bản/ }).count()).toBe(0)
    await editor.getByRole('button', { name: 'Lưu bản nháp' }).click()
    await editor.waitForURL(/\/admin\/collections\/articles\/\d+/)
    const id = editor.url().match(/articles\/(\d+)/)![1]
    await editor.getByRole('button', { name: 'Gửi duyệt' }).click()
    await editor.getByText('Đã gửi duyệt').first().waitFor()
    await editor.context().close()

    const publicList = async () =>
      (
        (await (
          await fetch(`${app.url}/api/articles?where[title][equals]=${encodeURIComponent(TITLE)}`)
        ).json()) as { docs: { slug: string; coverImage?: unknown }[] }
      ).docs
    expect(await publicList()).toEqual([])

    // The reviewer opens it from the list and publishes it.
    const reviewer = await logIn('pheduyet@hatinh.demo')
    await openAdmin(reviewer, `${app.url}/admin/collections/articles/${id}`, '#field-title')
    await reviewer.locator('#field-reviewStatus').getByText('Chờ duyệt').waitFor()
    await reviewer
      .getByRole('button', { name: /^Xuất bản/ })
      .first()
      .click()
    await reviewer.getByText('Đã xuất bản').first().waitFor()
    fs.mkdirSync('test-results', { recursive: true })
    await reviewer.screenshot({ path: 'test-results/admin-article-published.png' })
    await reviewer.context().close()

    const docs = await publicList()
    expect(docs).toHaveLength(1)
    expect(docs[0]!.slug).toBe('xa-cam-binh-ra-mat-to-tu-van-dich-vu-cong-truc-tuyen')
    expect(docs[0]!.coverImage).toBeTruthy()
  })
})
