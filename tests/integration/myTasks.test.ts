import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { slugs } from '@/platform/slugs'
import { DAY } from '@/platform/time'
import { dueWindow } from '@/modules/campaigns/domain/dueAirings'
import { formatPeriod, lastFinishedQuarter } from '@/modules/campaigns/domain/periods'
import { tasksFor } from '@/modules/organisation/tasks'
import { createTree, createUser, PASSWORD, type Tree } from '../helpers/fixtures'
import { requestAs, startTestApp, type TestApp } from '../helpers/payload'

/**
 * "Việc cần làm" counts what each role has waiting, as that person sees the data; the dashboard and
 * `GET /api/me/tasks` show these lines. Dates are set around the real clock (the counts are "now").
 */
let app: TestApp
let tree: Tree
const sys = { overrideAccess: true, depth: 0 } as const
const users: Record<string, { id: number | string }> = {}
const now = new Date()
const lastQuarter = lastFinishedQuarter(now)

const countsOf = async (email: string, language: 'vi' | 'en' = 'vi') => {
  const req = await requestAs(app.payload, users[email]!)
  req.i18n.language = language
  const lines = await tasksFor(req)
  return { lines, count: Object.fromEntries(lines.map((line) => [line.key, line.count])) }
}

const article = (title: string, unit: number, reviewStatus: string, author?: number | string) =>
  app.payload.create({
    collection: slugs.articles,
    data: { title, unit, reviewStatus, author, _status: 'draft' } as never,
    draft: true,
    ...sys,
  })

beforeAll(async () => {
  app = await startTestApp()
  tree = await createTree(app.payload)
  const make = async (
    email: string,
    roles: Parameters<typeof createUser>[2],
    unit: number | null,
  ) => (users[email] = await createUser(app.payload, email, roles, unit))
  await make('editor@test.vn', ['editor'], tree.communeA1)
  await make('editor.b1@test.vn', ['editor'], tree.communeB1)
  await make('reviewer@test.vn', ['reviewer'], tree.province)
  await make('reporter.a1@test.vn', ['reporter'], tree.communeA1)
  await make('viewer@test.vn', ['viewer'], tree.province)
  await make('admin@test.vn', ['admin'], null)

  // Content: two articles and one FAQ sent for review; one article returned to each editor.
  await article('Bài chờ duyệt 1', tree.communeA1, 'inReview', users['editor@test.vn']!.id)
  await article('Bài chờ duyệt 2', tree.communeB1, 'inReview', users['editor.b1@test.vn']!.id)
  await article('Bài bị trả lại', tree.communeA1, 'returned', users['editor@test.vn']!.id)
  await article('Bài khác bị trả lại', tree.communeB1, 'returned', users['editor.b1@test.vn']!.id)
  await article('Bài nháp', tree.communeA1, 'draft', users['editor@test.vn']!.id)
  await app.payload.create({
    collection: slugs.faqs,
    data: { question: 'Hỏi gì?', unit: tree.communeA2, reviewStatus: 'inReview' } as never,
    draft: true,
    ...sys,
  })

  // A plan of the last finished quarter's year, reported by communes: that quarter's deadline
  // passed 5 days ago, the year's report is due in 10 days, and an earlier quarter's went back.
  const year = lastQuarter.year
  const earlier = lastQuarter.key === 'Q1' ? 'H1' : 'Q1'
  const plan = await app.payload.create({
    collection: slugs.campaignPlans,
    data: {
      number: '1/KH-TEST',
      title: 'Kế hoạch thử',
      issuingUnit: tree.province,
      issueDate: `${year - 1}-12-20T00:00:00.000Z`,
      year,
      participatingRoot: tree.province,
      reportingLevels: ['commune'],
      reportDeadlines: [
        { period: lastQuarter.key, deadline: new Date(now.getTime() - 5 * DAY).toISOString() },
        { period: 'Y', deadline: new Date(now.getTime() + 10 * DAY).toISOString() },
        { period: earlier, deadline: new Date(now.getTime() - 100 * DAY).toISOString() },
      ],
    },
    ...sys,
  })
  await app.payload.create({
    collection: slugs.targetIndicators,
    data: {
      plan: plan.id,
      title: 'Mỗi xã niêm yết đủ TTHC',
      scopeLevels: ['commune'],
      ruleKind: 'reportedFigure',
      figure: 'proceduresPostedPct',
      comparator: 'gte',
      threshold: 100,
      targetShare: 100,
    },
    ...sys,
  })
  const report = (unit: number, period: string, status: string) =>
    app.payload.create({
      collection: slugs.unitReports,
      data: { plan: plan.id, unit, period, status, returnReason: 'Thiếu số liệu' } as never,
      ...sys,
    })
  // A2 sent the last quarter's report (waiting for review); A1 had an earlier one returned.
  await report(tree.communeA2, lastQuarter.key, 'submitted')
  await report(tree.communeA1, earlier, 'returned')

  // One airing of A1's station started within this week and is not confirmed yet.
  const outlet = await app.payload.create({
    collection: slugs.outlets,
    data: {
      name: 'Trạm truyền thanh xã A1',
      kind: 'communeStation',
      channels: ['communeRadio'],
      unit: tree.communeA1,
    },
    ...sys,
  })
  const weekStart = dueWindow('week', now).start.getTime()
  await app.payload.create({
    collection: slugs.broadcastItems,
    data: {
      title: 'Chuyên mục CCHC',
      outlet: outlet.id,
      channel: 'communeRadio',
      start: new Date(Math.max(now.getTime() - 60_000 * 30, weekStart + 1000)).toISOString(),
      durationMinutes: 15,
      recurrence: 'none',
    },
    ...sys,
  })

  // Admin: a mail that failed for good, and an account an admin locked.
  await app.payload.create({
    collection: slugs.outbox,
    data: {
      key: 'test:failed',
      channel: 'email',
      template: 'passwordReset',
      to: 'x@test.vn',
      language: 'vi',
      subject: 'Thử',
      data: {},
      state: 'failed',
    } as never,
    ...sys,
  })
  await app.payload.update({
    collection: slugs.users,
    id: users['editor.b1@test.vn']!.id,
    data: { lockedUntil: new Date(now.getTime() + DAY).toISOString() } as never,
    ...sys,
  })
}, 300_000)
afterAll(async () => app?.destroy())

describe('Việc cần làm: what each role has waiting', () => {
  it('a reviewer: articles and FAQs sent for review in reach, and reports sent up', async () => {
    const { count, lines } = await countsOf('reviewer@test.vn')
    expect(count).toEqual({ articlesInReview: 2, faqsInReview: 1, reportsSubmitted: 1 })
    const articles = lines.find((line) => line.key === 'articlesInReview')!
    expect(articles.text).toBe('Bài viết chờ duyệt')
    expect(articles.href).toContain('where[reviewStatus][equals]=inReview')
  })

  it('an editor: only their own returned pieces, and nothing scheduled', async () => {
    const { count } = await countsOf('editor@test.vn')
    expect(count).toEqual({
      articlesReturned: 1,
      articlesScheduled: 0,
      faqsReturned: 0,
      faqsScheduled: 0,
    })
  })

  it("a commune reporter: this week's airing to confirm, reports due, late and returned, with deadlines", async () => {
    const { count, lines } = await countsOf('reporter.a1@test.vn')
    expect(count).toEqual({
      airingsToConfirm: 1,
      reportsDue: 1,
      reportsLate: 1,
      reportsReturned: 1,
    })
    const late = lines.find((line) => line.key === 'reportsLate')!
    expect(late.overdue).toBe(true)
    expect(late.deadlineText).toMatch(/^quá hạn từ \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/)
    const due = lines.find((line) => line.key === 'reportsDue')!
    expect(new Date(due.deadline!).getTime()).toBeGreaterThan(now.getTime())
    expect(due.deadlineText).toMatch(/^hạn gần nhất \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/)
  })

  it("a viewer: the last quarter's units past the deadline without a report, and indicators off target", async () => {
    const { count, lines } = await countsOf('viewer@test.vn')
    // Communes A1 and B1 sent nothing for the last quarter; A2's report has no figure, so the
    // one indicator is off target.
    expect(count).toEqual({ lateUnits: 2, indicatorsOffTarget: 1 })
    expect(lines[0]!.href).toContain(`period=${formatPeriod(lastQuarter)}`)
  })

  it('an admin: failed mails, failing jobs and locked accounts, in English on request', async () => {
    const { count, lines } = await countsOf('admin@test.vn', 'en')
    expect(count).toEqual({ failedMails: 1, failingJobs: 0, lockedAccounts: 1 })
    expect(lines.find((line) => line.key === 'failedMails')!.text).toBe(
      'Mails that could not be sent',
    )
  })

  it('GET /api/me/tasks answers the same lines to the signed-in person, and 401 to nobody', async () => {
    const token = await app.login('reviewer@test.vn', PASSWORD)
    const res = await app.rest('GET', '/me/tasks', { token })
    expect(res.status).toBe(200)
    const body = (await res.json()) as { tasks: { key: string; count: number }[] }
    expect(Object.fromEntries(body.tasks.map((line) => [line.key, line.count]))).toEqual({
      articlesInReview: 2,
      faqsInReview: 1,
      reportsSubmitted: 1,
    })
    expect((await app.rest('GET', '/me/tasks')).status).toBe(401)
  })
})
