import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import type { Page } from 'playwright-core'

import { DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD } from '@/platform/config/env'
import { slugs } from '@/platform/slugs'
import { DEMO_PASSWORD, seedUsers } from '@/modules/organisation/seed/users'

import { launchBrowser, logIn, openAdmin } from '../helpers/browser'
import { startRealApp, type RunningApp } from '../helpers/server'
import { makeClient, play, text, type Case, type Client, type Who } from './harness'
import { moduleCases } from './moduleCases'

let app: RunningApp
let client: Client

/** The seeded account that plays each role. */
const accountOf = (who: Exclude<Who, 'anonymous' | 'admin'>): string => {
  const role = who === 'districtReporter' || who === 'communeReporter' ? 'reporter' : who
  const candidates = seedUsers.filter((user) => user.roles.includes(role as never) && !user.apiKey)
  const user =
    who === 'communeReporter'
      ? candidates.find((u) => u.unit.split('-').length >= 3)
      : who === 'districtReporter'
        ? candidates.find((u) => u.unit.split('-').length === 2)
        : candidates[0]
  if (!user) throw new Error(`the seed has no account for ${who}`)
  return user.email
}

beforeAll(async () => {
  // The production server as `npm start` runs it; a cheap anti-spam puzzle keeps the suite quick.
  // The suite stands in for one reverse proxy: its X-Forwarded-For gives each case its own client.
  app = await startRealApp({ ANTISPAM_DIFFICULTY: '1000', TRUST_PROXY: '1' })
  const login = async (email: string, password: string) => {
    const response = await fetch(`${app.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    })
    const { token } = (await response.json()) as { token?: string }
    if (!token) throw new Error(`could not log ${email} in`)
    return token
  }
  const roles = ['editor', 'reviewer', 'districtReporter', 'communeReporter', 'viewer'] as const
  const tokens = Object.fromEntries(
    await Promise.all(
      roles.map(async (who) => [who, await login(accountOf(who), DEMO_PASSWORD)] as const),
    ),
  )
  client = makeClient(app.url, {
    admin: await login(DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD),
    ...tokens,
  } as Client['tokens'])
}, 10 * 60_000)

afterAll(async () => {
  await app?.stop()
})

/** Every collection answers malformed requests the same way: a clear 4xx, nothing stored. */
const collectionCases = (): Case[] =>
  Object.values(slugs).flatMap((slug): Case[] => [
    {
      name: `${slug}: a path id that is no id`,
      as: 'admin',
      send: { method: 'GET', path: `/api/${slug}/abc` },
      status: 404,
      expect: { key: 'error.notFound' },
    },
    {
      name: `${slug}: a path id too large to be a number`,
      as: 'admin',
      send: { method: 'GET', path: `/api/${slug}/1e999` },
      status: 404,
      expect: { key: 'error.notFound' },
    },
    {
      name: `${slug}: a geographic filter on a field that is not a place`,
      as: 'admin',
      send: { method: 'GET', path: `/api/${slug}?where[id][near]=1,2` },
      status: 400,
      expect: { key: 'input.badOperator', params: { operator: 'near', path: 'id' } },
    },
    {
      name: `${slug}: a JSON body of null`,
      as: 'admin',
      send: { method: 'POST', path: `/api/${slug}`, raw: 'null', contentType: 'application/json' },
      status: 400,
      expect: { key: 'input.bodyNotObject' },
    },
    {
      name: `${slug}: a JSON list where an object belongs`,
      as: 'admin',
      send: {
        method: 'PATCH',
        path: `/api/${slug}/1`,
        raw: '[1,2]',
        contentType: 'application/json',
      },
      status: 400,
      expect: { key: 'input.bodyNotObject' },
    },
    {
      name: `${slug}: deleting a document by an id that is no id`,
      as: 'admin',
      send: { method: 'DELETE', path: `/api/${slug}/abc` },
      status: 404,
      expect: { key: 'error.notFound' },
      readBack: async () =>
        (
          await client
            .read<{ totalDocs: number }>(`/api/${slug}?limit=1&depth=0`)
            .catch(() => ({ totalDocs: 'unreadable' }))
        ).totalDocs,
    },
  ])

describe('bad input and refused actions against the production server', () => {
  it(
    'should answer each with its status and the project’s own text, in Vietnamese and in English, storing nothing',
    async () => {
      const cases = [...collectionCases(), ...(await moduleCases(client))]
      expect(cases.length).toBeGreaterThanOrEqual(150)
      const failures: string[] = []
      for (const item of cases) {
        for (const language of ['vi', 'en'] as const) {
          try {
            await play(client, item, language)
          } catch (error) {
            failures.push((error as Error).message.split('\n').slice(0, 12).join('\n'))
          }
        }
      }
      fs.mkdirSync('test-results', { recursive: true })
      fs.writeFileSync(
        'test-results/production-refusals.txt',
        [`${cases.length} cases, each in Vietnamese and English`, ...failures].join('\n\n'),
      )
      expect(failures).toEqual([])
      // Refusals are expected traffic: none of them was logged as a fault with its stack.
      expect(app.output()).not.toMatch(/ERROR[^\n]*\n(?:[^\n]*\n){0,3}[^\n]*"stack"/)
    },
    20 * 60_000,
  )
})

/**
 * Opens a report's form and shows one of its figures: the plan's own figures show at once, the
 * others behind "Thêm số liệu khác".
 */
const showFigure = async (page: Page, url: string, figure: string) => {
  await openAdmin(page, url, '[data-testid="plan-figures"]')
  const box = page.locator(`#field-figures__${figure}`)
  if (!(await box.isVisible())) await page.locator('.report-figures__more > summary').click()
  await box.waitFor()
}

describe('refusals in the admin, in a real browser', () => {
  it(
    'should read "35,5" as 35.5 and show a refused save on its field and in the toast, in Vietnamese',
    async () => {
      const browser = await launchBrowser()
      try {
        // The commune reporter's report for the current quarter, made as the report form would.
        const me = (await (
          await client.send('communeReporter', { method: 'GET', path: '/api/users/me?depth=0' })
        ).json()) as { user: { unit: number } }
        const plan = (await client.read<{ docs: { id: number }[] }>('/api/campaign-plans?limit=1'))
          .docs[0]!
        const created = await client.send('communeReporter', {
          method: 'POST',
          path: '/api/unit-reports',
          json: { plan: plan.id, unit: me.user.unit, period: 'Q4' },
        })
        expect(created.status).toBe(201)
        const { doc } = (await created.json()) as { doc: { id: number } }

        const reporter = accountOf('communeReporter')
        const page = await logIn(browser, app.url, reporter, DEMO_PASSWORD, 'en-US')
        await showFigure(
          page,
          `${app.url}/admin/collections/unit-reports/${doc.id}`,
          'dossiersEarlyPct',
        )
        await page.fill('#field-figures__dossiersEarlyPct', '35,5')
        await page.fill('#field-figures__dossiersOnTimePct', '60')
        await page.fill('#field-figures__dossiersLatePct', '4,5')
        await page.getByRole('button', { name: 'Lưu', exact: true }).click()
        await page.locator('[data-sonner-toast]').first().waitFor()
        const saved = await client.read<{ figures: Record<string, number> }>(
          `/api/unit-reports/${doc.id}?depth=0`,
        )
        expect(saved.figures.dossiersEarlyPct).toBe(35.5)
        expect(saved.figures.dossiersLatePct).toBe(4.5)

        // Shares that add up to 110 %: refused, on the field, by its Vietnamese label.
        await page.fill('#field-figures__dossiersOnTimePct', '70')
        await page.getByRole('button', { name: 'Lưu', exact: true }).click()
        // Known gap (README, "Unit reports"): on the form shaped by the plan, the refused figure is
        // named in the toast but not marked under the field itself.
        await page
          .locator('[data-sonner-toast]', { hasText: text('vi', 'figure.dossiersLatePct') })
          .first()
          .waitFor()
        const toast = await page.locator('[data-sonner-toast]').allInnerTexts()
        expect(toast.join(' ')).toContain('Trường sau không hợp lệ')
        expect(toast.join(' ')).toContain(text('vi', 'figure.dossiersLatePct'))
        fs.mkdirSync('test-results', { recursive: true })
        await page.screenshot({ path: 'test-results/admin-field-refusal.png', fullPage: true })
        expect(await page.locator('body').innerText()).not.toMatch(
          /unknown error|Something went wrong/i,
        )
        expect(
          (
            await client.read<{ figures: Record<string, number> }>(
              `/api/unit-reports/${doc.id}?depth=0`,
            )
          ).figures.dossiersOnTimePct,
        ).toBe(60)
        await page.context().close()

        // A refusal of the whole save reads as the project wrote it: once approved, the report is
        // no longer the unit's to change.
        const half = await client.send('communeReporter', {
          method: 'POST',
          path: '/api/unit-reports',
          // The figures the demo plan requires before a report is sent.
          json: {
            plan: plan.id,
            unit: me.user.unit,
            period: 'H1',
            figures: { feedbackReceived: 3, feedbackHandled: 2 },
          },
        })
        expect(half.status).toBe(201)
        const halfId = ((await half.json()) as { doc: { id: number } }).doc.id
        for (const [who, step] of [
          ['communeReporter', 'submit'],
          ['admin', 'approve'],
        ] as const)
          expect(
            (
              await client.send(who, {
                method: 'POST',
                path: `/api/unit-reports/${halfId}/actions/${step}`,
              })
            ).status,
          ).toBe(200)
        const again = await logIn(browser, app.url, reporter, DEMO_PASSWORD)
        await showFigure(
          again,
          `${app.url}/admin/collections/unit-reports/${halfId}`,
          'dossiersEarlyPct',
        )
        await again.fill('#field-figures__dossiersEarlyPct', '50')
        await again.getByRole('button', { name: 'Lưu', exact: true }).click()
        await again.getByText(text('vi', 'report.locked')).first().waitFor()
        expect(await again.locator('body').innerText()).not.toMatch(/unknown error/i)
        await again.context().close()
      } finally {
        await browser.close()
      }
    },
    10 * 60_000,
  )
})
