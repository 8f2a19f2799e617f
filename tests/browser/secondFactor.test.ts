import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { TOTP } from 'otpauth'
import type { Browser, Page } from 'playwright-core'
import { DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD } from '@/platform/config/env'
import { DEMO_PASSWORD } from '@/modules/organisation/seed/users'
import { launchBrowser, logIn, openAdmin } from '../helpers/browser'
import { startRealApp, type RunningApp } from '../helpers/server'
import fs from 'node:fs'

let app: RunningApp
let browser: Browser
/** The admin's backup codes, from the enrolment in the first test. */
let adminBackupCodes: string[] = []

/** The code an authenticator app shows `steps` periods from now, from the library. */
const appCode = (secret: string, steps = 0) =>
  new TOTP({ secret }).generate({ timestamp: Date.now() + steps * 30_000 })

beforeAll(async () => {
  // The README's default: admins and reviewers must sign in with a second factor.
  app = await startRealApp({ MFA_REQUIRED_ROLES: 'admin,reviewer' })
  browser = await launchBrowser()
}, 10 * 60_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

const newPage = async (): Promise<Page> =>
  (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage()

const typePassword = async (page: Page, email: string, password: string) => {
  await page.goto(`${app.url}/admin/login`)
  await page.fill('#second-factor-email', email)
  await page.fill('#second-factor-password', password)
  await page.click('.second-factor-login button[type="submit"]')
}

/** Reads the key under the QR code, confirms with the app's code, answers the backup codes. */
const scanAndConfirm = async (page: Page) => {
  await page.locator('.mfa-qr').waitFor()
  expect(await page.locator('.mfa-qr').getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/)
  const secret = (await page.locator('.mfa-secret').innerText()).trim()
  expect(secret).toMatch(/^[A-Z2-7]{32}$/)
  await page.fill('.mfa-code', appCode(secret))
  await page.locator('.mfa-enrol__submit').click()
  await page.locator('.mfa-backup-codes li').first().waitFor()
  const codes = await page.locator('.mfa-backup-codes li').allInnerTexts()
  return { secret, codes }
}

describe('two-factor sign-in in the admin (production build)', () => {
  it(
    'should enrol the admin at the first sign-in, then sign in with password and code',
    async () => {
      const page = await newPage()
      await typePassword(page, DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD)
      // The role requires a second factor: the enrolment comes before any session.
      await page.getByText('Bật xác thực hai lớp để tiếp tục').waitFor()
      expect(
        (await page.context().cookies()).filter((c) => c.name === 'payload-token' && c.value),
      ).toEqual([])
      await page.getByRole('button', { name: 'Bật xác thực hai lớp' }).click()
      const { secret, codes } = await scanAndConfirm(page)
      expect(codes).toHaveLength(10)
      adminBackupCodes = codes
      fs.mkdirSync('test-results', { recursive: true })
      await page.screenshot({ path: 'test-results/mfa-backup-codes.png', fullPage: true })
      await page.getByRole('button', { name: 'Tiếp tục' }).click()
      await page.waitForURL((url) => !url.pathname.includes('/login'))
      await page.locator('.template-default').first().waitFor({ timeout: 60_000 })

      // Sign out, and in again: the password, then the code.
      await page.goto(`${app.url}/admin/logout`)
      await page.waitForURL(/\/admin\/login/)
      await typePassword(page, DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD)
      await page.locator('#field-code').waitFor()
      expect(await page.locator('.second-factor-login').innerText()).toContain(
        'Nhập mã 6 số từ ứng dụng xác thực',
      )
      // A wrong code is refused on the page, in Vietnamese.
      await page.fill('#field-code', '000000')
      await page.click('.second-factor-login button[type="submit"]')
      await expect(page.locator('.second-factor-login__error').innerText()).resolves.toContain(
        'Mã xác thực không đúng',
      )
      await page.screenshot({ path: 'test-results/mfa-code-step.png', fullPage: true })
      // The next period's code (the confirmation used this one; a step ahead is accepted).
      await page.fill('#field-code', appCode(secret, 1))
      await page.click('.second-factor-login button[type="submit"]')
      await page.waitForURL((url) => !url.pathname.includes('/login'))
      await page.locator('.template-default').first().waitFor({ timeout: 60_000 })
      await page.context().close()
    },
    5 * 60_000,
  )

  it(
    'should let an editor turn it on from the account page, and an admin reset it and send a reset mail',
    async () => {
      const editor = await logIn(browser, app.url, 'bientap@hatinh.demo', DEMO_PASSWORD)
      await openAdmin(editor, `${app.url}/admin/account`, '.account-security')
      expect(await editor.locator('.account-security__state').innerText()).toBe(
        'Chưa bật xác thực hai lớp.',
      )
      await editor.getByRole('button', { name: 'Bật xác thực hai lớp' }).click()
      const { codes } = await scanAndConfirm(editor)
      expect(codes).toHaveLength(10)
      await editor.context().close()

      // The editor's backup code is no code of the admin's.
      const page = await newPage()
      await typePassword(page, DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD)
      await page.locator('#field-code').waitFor()
      await page.fill('#field-code', codes[0]!)
      await page.click('.second-factor-login button[type="submit"]')
      await expect(page.locator('.second-factor-login__error').innerText()).resolves.toContain(
        'Mã xác thực không đúng',
      )
      // The admin's own backup code lets the admin in.
      await page.fill('#field-code', adminBackupCodes[0]!)
      await page.click('.second-factor-login button[type="submit"]')
      await page.waitForURL((url) => !url.pathname.includes('/login'))
      await page.locator('.template-default').first().waitFor({ timeout: 60_000 })

      // On the editor's page: send a password reset mail, and reset the second factor.
      const found = await page.request.get(
        `${app.url}/api/users?where[email][equals]=bientap@hatinh.demo&depth=0`,
      )
      const editorId = ((await found.json()) as { docs: { id: number }[] }).docs[0]!.id
      await openAdmin(page, `${app.url}/admin/collections/users/${editorId}`, '.account-security')
      expect(await page.locator('.account-security__state').innerText()).toBe(
        'Đã bật xác thực hai lớp.',
      )
      await page.getByRole('button', { name: 'Gửi thư đặt lại mật khẩu' }).click()
      await expect(
        page.locator('[data-sonner-toast]', { hasText: 'bientap@hatinh.demo' }).first().innerText(),
      ).resolves.toBeTruthy()
      page.once('dialog', (dialog) => void dialog.accept())
      await page.getByRole('button', { name: 'Đặt lại xác thực hai lớp' }).click()
      await page
        .locator('[data-sonner-toast]', { hasText: 'Đã đặt lại xác thực hai lớp' })
        .first()
        .waitFor()
      await page.locator('text=Chưa bật xác thực hai lớp.').first().waitFor({ timeout: 30_000 })
      await page.screenshot({ path: 'test-results/mfa-reset.png', fullPage: true })
      await page.context().close()

      // The editor signs in with the password alone again, even after three wrong passwords: the
      // page then solves the anti-spam puzzle the server asks for by itself.
      const editorAgain = await newPage()
      for (let i = 0; i < 3; i++) {
        await typePassword(editorAgain, 'bientap@hatinh.demo', `sai-mat-khau-${i}`)
        await editorAgain.locator('.second-factor-login__error').waitFor()
      }
      // Sit out the first wait (1 s) as a person would.
      await new Promise((resolve) => setTimeout(resolve, 1_500))
      const asked = editorAgain.waitForResponse(
        (res) => res.url().includes('/api/antispam/challenge') && res.ok(),
      )
      await typePassword(editorAgain, 'bientap@hatinh.demo', DEMO_PASSWORD)
      await asked
      await editorAgain.waitForURL((url) => !url.pathname.includes('/login'))
      await editorAgain.locator('.template-default').first().waitFor({ timeout: 60_000 })
      await editorAgain.context().close()
    },
    5 * 60_000,
  )
})
