import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { roles } from '@/platform/roles'
import { jobsSlug, slugs } from '@/platform/slugs'
import { seed } from '@/seed'
import { DEMO_PASSWORD } from '@/modules/organisation/seed/users'
import { startTestApp, type TestApp } from '../helpers/payload'

let app: TestApp
const admin = { email: 'quantri@tinh.vn', password: 'MatKhau@Admin1' }

/** What the first seed reported; seeding the whole demo takes longer than one test's default time. */
let first: Awaited<ReturnType<typeof seed>>

beforeAll(async () => {
  app = await startTestApp()
  first = await seed(app.payload, { admin })
}, 300_000)
afterAll(async () => app?.destroy())

describe('demo data', () => {
  it('should create a province with departments, three districts, about twenty communes and every role', async () => {
    expect(first.unitsCreated).toBeGreaterThan(25)
    const count = async (level: string) =>
      (
        await app.payload.count({
          collection: slugs.units,
          where: { level: { equals: level } },
          overrideAccess: true,
        })
      ).totalDocs
    expect(await count('province')).toBe(1)
    expect(await count('district')).toBe(3)
    expect(await count('department')).toBeGreaterThanOrEqual(4)
    expect(await count('commune')).toBeGreaterThanOrEqual(18)
    const withRadio = (
      await app.payload.count({
        collection: slugs.units,
        where: { and: [{ level: { equals: 'commune' } }, { hasRadioStation: { equals: false } }] },
        overrideAccess: true,
      })
    ).totalDocs
    expect(withRadio).toBeGreaterThan(0)

    const users = await app.payload.find({
      collection: slugs.users,
      limit: 100,
      overrideAccess: true,
    })
    for (const role of roles) expect(users.docs.some((u) => u.roles?.includes(role))).toBe(true)
    expect(
      (await app.payload.count({ collection: slugs.media, overrideAccess: true })).totalDocs,
    ).toBeGreaterThan(0)
  })

  it('should write content in every editorial and moderation state', async () => {
    const group = async (
      collection: 'articles' | 'comments' | 'citizen-questions',
      field: string,
    ) => {
      const { docs } = await app.payload.find({
        collection,
        pagination: false,
        draft: true,
        overrideAccess: true,
        depth: 0,
      })
      return new Set(docs.map((d) => (d as unknown as Record<string, string>)[field]))
    }
    expect(
      (await app.payload.count({ collection: slugs.articles, overrideAccess: true })).totalDocs,
    ).toBe(30)
    expect(
      (
        await app.payload.count({
          collection: slugs.articles,
          where: { _status: { equals: 'published' } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(22)
    expect([...(await group(slugs.articles, 'reviewStatus'))].sort()).toEqual([
      'draft',
      'inReview',
      'published',
      'returned',
    ])
    expect(
      (await app.payload.count({ collection: slugs.faqs, overrideAccess: true })).totalDocs,
    ).toBeGreaterThanOrEqual(20)
    expect([...(await group(slugs.comments, 'status'))].sort()).toEqual([
      'approved',
      'pending',
      'rejected',
    ])
    expect([...(await group(slugs.citizenQuestions, 'status'))].sort()).toEqual([
      'answered',
      'inProgress',
      'new',
      'published',
      'rejected',
    ])
    expect(
      (await app.payload.count({ collection: slugs.reformAreas, overrideAccess: true })).totalDocs,
    ).toBe(6)
    const scheduled = await app.payload.find({
      collection: jobsSlug,
      where: { taskSlug: { equals: 'schedulePublish' } },
      overrideAccess: true,
    })
    expect(scheduled.totalDocs).toBe(1)
  })

  it('should change nothing when run again', async () => {
    const before = {
      units: (await app.payload.count({ collection: slugs.units, overrideAccess: true })).totalDocs,
      users: (await app.payload.count({ collection: slugs.users, overrideAccess: true })).totalDocs,
    }
    expect(await seed(app.payload, { admin })).toEqual({
      unitsCreated: 0,
      usersCreated: 0,
      mediaCreated: 0,
      articlesCreated: 0,
      faqsCreated: 0,
      plansCreated: 0,
    })
    expect(
      (await app.payload.count({ collection: slugs.units, overrideAccess: true })).totalDocs,
    ).toBe(before.units)
    expect(
      (await app.payload.count({ collection: slugs.users, overrideAccess: true })).totalDocs,
    ).toBe(before.users)
    // A second seed reads every demo record again: as slow as the first on a busy machine.
  }, 300_000)

  it('should let the configured admin and the demo accounts log in', async () => {
    await expect(app.login(admin.email, admin.password)).resolves.toBeTruthy()
    await expect(app.login('baocao.cambinh@hatinh.demo', DEMO_PASSWORD)).resolves.toBeTruthy()
  })
})

describe('GET /api/health', () => {
  it('should answer 200 with the database state, without logging in, and say what is missing', async () => {
    const res = await app.rest('GET', '/health')
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const body = (await res.json()) as {
      status: string
      database: { adapter: string; ok: boolean }
      mail: { configured: boolean }
      problems: { area: string }[]
    }
    // No SMTP and no worker in this test: the database is fine, the rest is reported.
    expect(body).toMatchObject({
      status: 'degraded',
      database: { adapter: 'sqlite', ok: true },
      mail: { configured: false },
    })
    expect(body.problems.map((p) => p.area).sort()).toEqual(['mail', 'scheduler'])
  })
})
