import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { slugs } from '@/platform/slugs'

import { openDocx } from '../helpers/documents'
import { createTree, createUser, PASSWORD, type Tree } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'

/**
 * A plan on the Ministry's reporting windows (Decree 09/2019: Q1 = 15/12 of the year before –
 * 14/3) counts every figure over its windows; a plan on calendar periods keeps counting quarters.
 */

let app: TestApp
let tree: Tree
const token: Record<string, string> = {}
const sys = { overrideAccess: true, depth: 0 } as const
const DAY = 86_400_000
let windowsPlan: number
let calendarPlan: number

const Q1_WINDOW = 'Kỳ báo cáo quý I/2026: 15/12/2025 – 14/03/2026'

const createPlan = async (number: string, periods: object, extra: object = {}) =>
  (
    await app.payload.create({
      collection: slugs.campaignPlans,
      data: {
        number,
        title: 'Kế hoạch tuyên truyền cải cách hành chính năm 2026',
        issuingUnit: tree.province,
        issueDate: '2025-12-01T12:00:00.000Z',
        year: 2026,
        participatingRoot: tree.province,
        periods,
        ...extra,
      },
      ...sys,
    })
  ).id as number

const radioIndicator = (plan: number) =>
  app.payload.create({
    collection: slugs.targetIndicators,
    data: {
      plan,
      title: 'Trạm truyền thanh phát chuyên mục CCHC',
      scopeLevels: ['commune'],
      scopeRequires: ['radioStation'],
      ruleKind: 'broadcastCount',
      channel: 'communeRadio',
      minCount: 1,
      targetShare: 100,
    },
    ...sys,
  })

/** One airing of the commune A1 station, said to have gone out. */
const airedOn = async (outlet: number, at: string) => {
  const item = await app.payload.create({
    collection: slugs.broadcastItems,
    data: {
      title: 'Chuyên mục CCHC',
      outlet,
      channel: 'communeRadio',
      start: at,
      durationMinutes: 15,
    },
    ...sys,
  })
  await app.payload.create({
    collection: slugs.airings,
    data: { item: item.id as number, occurrenceAt: at, status: 'confirmed' },
    ...sys,
  })
}

type Card = {
  period: { window: string; basis: string }
  timeliness: { deadline: string | null; closesAt: string | null; byUnit: Record<string, string> }
  cells: { subjectId: string; evidence: { kind: string; confirmed?: number } }[]
}

const scorecard = async (plan: number, period: string, language = 'vi') => {
  const res = await app.rest('GET', `/campaign-plans/${plan}/compliance?period=${period}`, {
    token: token['admin@test.vn'],
    headers: { 'Accept-Language': language },
  })
  expect(res.status).toBe(200)
  return (await res.json()) as Card
}

const confirmedA1 = (card: Card) =>
  card.cells.find((c) => c.subjectId === String(tree.communeA1))?.evidence.confirmed

beforeAll(async () => {
  app = await startTestApp()
  tree = await createTree(app.payload)
  await createUser(app.payload, 'admin@test.vn', ['admin'], tree.province)
  await createUser(app.payload, 'reporter.a1@test.vn', ['reporter'], tree.communeA1)
  await createUser(app.payload, 'reporter.a2@test.vn', ['reporter'], tree.communeA2)
  for (const email of ['admin@test.vn', 'reporter.a1@test.vn', 'reporter.a2@test.vn'])
    token[email] = await app.login(email, PASSWORD)
  windowsPlan = await createPlan('01/KH-UBND', { basis: 'reportingWindows', graceDays: 2 })
  calendarPlan = await createPlan('02/KH-UBND', {})
  await radioIndicator(windowsPlan)
  await radioIndicator(calendarPlan)
  const station = (
    await app.payload.create({
      collection: slugs.outlets,
      data: {
        name: 'Trạm truyền thanh xã A1',
        kind: 'communeStation',
        channels: ['communeRadio'],
        unit: tree.communeA1,
      },
      ...sys,
    })
  ).id as number
  await airedOn(station, '2025-12-20T09:00:00+07:00')
  await airedOn(station, '2026-03-15T09:00:00+07:00')
}, 120_000)

afterAll(async () => {
  await app?.destroy()
})

describe('a plan counting on the reporting windows of Decree 09/2019', () => {
  it('should count an airing of 20/12/2025 into Q1 2026 and one of 15/03/2026 into Q2 and the six months', async () => {
    expect(confirmedA1(await scorecard(windowsPlan, '2026-Q1'))).toBe(1)
    expect(confirmedA1(await scorecard(windowsPlan, '2026-Q2'))).toBe(1)
    expect(confirmedA1(await scorecard(windowsPlan, '2026-H1'))).toBe(2)
  })

  it('should leave a calendar plan counting calendar quarters (20/12/2025 is not in Q1 2026)', async () => {
    const q1 = await scorecard(calendarPlan, '2026-Q1')
    expect(confirmedA1(q1)).toBe(1)
    expect(q1.period.basis).toBe('calendar')
    expect(q1.period.window).toBe('Kỳ báo cáo quý I/2026: 01/01/2026 – 31/03/2026')
    // No deadline of its own and calendar periods: no deadline, as before.
    expect(q1.timeliness.deadline).toBeNull()
  })

  it('should say which window the scorecard covers, in Vietnamese and English', async () => {
    expect((await scorecard(windowsPlan, '2026-Q1')).period.window).toBe(Q1_WINDOW)
    expect((await scorecard(windowsPlan, '2026-Q1', 'en')).period.window).toBe(
      'Reporting period Q1 2026: 15/12/2025 – 14/03/2026',
    )
    expect((await scorecard(windowsPlan, '2026-H1')).period.window).toBe(
      'Kỳ báo cáo 6 tháng đầu năm 2026: 15/12/2025 – 14/06/2026',
    )
  })

  it('should make units due on the 15th of the last month, with the grace days after it', async () => {
    const card = await scorecard(windowsPlan, '2026-Q1')
    expect(card.timeliness.deadline).toBe('2026-03-15T16:59:59.999Z')
    expect(card.timeliness.closesAt).toBe('2026-03-17T16:59:59.999Z')
  })

  it('should drop a kept scorecard when the plan changes its basis', async () => {
    expect(confirmedA1(await scorecard(calendarPlan, '2026-Q1'))).toBe(1)
    const res = await app.rest('PATCH', `/campaign-plans/${calendarPlan}`, {
      token: token['admin@test.vn'],
      body: { periods: { basis: 'reportingWindows' } },
    })
    expect(res.status).toBe(200)
    const after = await scorecard(calendarPlan, '2026-Q1')
    expect(after.period.window).toBe(Q1_WINDOW)
    expect(confirmedA1(after)).toBe(1)
    expect(confirmedA1(await scorecard(calendarPlan, '2026-H1'))).toBe(2)
    const back = await app.rest('PATCH', `/campaign-plans/${calendarPlan}`, {
      token: token['admin@test.vn'],
      body: { periods: { basis: 'calendar' } },
    })
    expect(back.status).toBe(200)
    expect((await scorecard(calendarPlan, '2026-H1')).period.window).toBe(
      'Kỳ báo cáo 6 tháng đầu năm 2026: 01/01/2026 – 30/06/2026',
    )
  })
})

describe('deadlines, grace days and the late flag', () => {
  it('should flag late a report first sent after the deadline and the grace days, and count it late', async () => {
    // Q1 2026 was due 15/03/2026 (+2 grace days): long past.
    const res = await app.rest('POST', '/unit-reports', {
      token: token['reporter.a1@test.vn'],
      body: { plan: windowsPlan, unit: tree.communeA1, period: 'Q1', status: 'submitted' },
    })
    expect(res.status).toBe(201)
    const doc = ((await res.json()) as { doc: { late: boolean; periodWindow: string } }).doc
    expect(doc.late).toBe(true)
    expect(doc.periodWindow).toBe('15/12/2025 – 14/03/2026')
    const card = await scorecard(windowsPlan, '2026-Q1')
    expect(card.timeliness.byUnit[String(tree.communeA1)]).toBe('late')
    expect(card.timeliness.byUnit[String(tree.communeA2)]).toBe('missing')
  })

  it('should keep on time a report sent within the grace days, and let the unit still change it', async () => {
    // Q2's deadline was yesterday; the plan grants two grace days.
    await app.payload.update({
      collection: slugs.campaignPlans,
      id: windowsPlan,
      data: {
        reportDeadlines: [{ period: 'Q2', deadline: new Date(Date.now() - DAY).toISOString() }],
      },
      ...sys,
    })
    const draft = await app.rest('POST', '/unit-reports', {
      token: token['reporter.a2@test.vn'],
      body: { plan: windowsPlan, unit: tree.communeA2, period: 'Q2', status: 'draft' },
    })
    expect(draft.status).toBe(201)
    const id = ((await draft.json()) as { doc: { id: number } }).doc.id
    const sent = await app.rest('PATCH', `/unit-reports/${id}`, {
      token: token['reporter.a2@test.vn'],
      body: { status: 'submitted' },
    })
    expect(sent.status).toBe(200)
    expect(((await sent.json()) as { doc: { late: boolean } }).doc.late).toBe(false)
    const card = await scorecard(windowsPlan, '2026-Q2')
    expect(card.timeliness.byUnit[String(tree.communeA2)]).toBe('onTime')
  })

  it('should lock a report to its unit once the grace days have passed, and flag the report late when the plan moves its deadline', async () => {
    await app.payload.update({
      collection: slugs.campaignPlans,
      id: windowsPlan,
      data: {
        reportDeadlines: [{ period: 'Q2', deadline: new Date(Date.now() - 3 * DAY).toISOString() }],
      },
      ...sys,
    })
    const report = (
      await app.payload.find({
        collection: slugs.unitReports,
        where: { and: [{ unit: { equals: tree.communeA2 } }, { period: { equals: 'Q2' } }] },
        ...sys,
      })
    ).docs[0]!
    // The plan's change worked the flag out again (the report went out after deadline and grace).
    expect(report.late).toBe(true)
    const draft = await app.rest('POST', '/unit-reports', {
      token: token['reporter.a1@test.vn'],
      body: { plan: windowsPlan, unit: tree.communeA1, period: 'Q2', status: 'draft' },
    })
    expect(draft.status).toBe(201)
    const id = ((await draft.json()) as { doc: { id: number } }).doc.id
    const change = await app.rest('PATCH', `/unit-reports/${id}`, {
      token: token['reporter.a1@test.vn'],
      body: { difficulties: 'Thiếu kinh phí' },
    })
    expect(change.status).toBe(403)
  })

  it('should show the window and the late flag in the reports export', async () => {
    const res = await app.rest(
      'GET',
      `/unit-reports/export?plan=${windowsPlan}&period=Q1&format=csv`,
      { token: token['admin@test.vn'] },
    )
    expect(res.status).toBe(200)
    const csv = await res.text()
    expect(csv).toContain('Gửi muộn')
    expect(csv).toContain('15/12/2025 – 14/03/2026')
    expect(csv).toMatch(/UBND xã A1.*Muộn/u)
  })
})

describe('the documents say which window their figures cover', () => {
  it("should print the window in the unit's report and in the consolidated report, counting the late report", async () => {
    const report = (
      await app.payload.find({
        collection: slugs.unitReports,
        where: { and: [{ unit: { equals: tree.communeA1 } }, { period: { equals: 'Q1' } }] },
        ...sys,
      })
    ).docs[0]!
    const unitDoc = await app.rest('GET', `/unit-reports/${report.id}/document?format=docx`, {
      token: token['reporter.a1@test.vn'],
    })
    expect(unitDoc.status).toBe(200)
    expect((await openDocx(new Uint8Array(await unitDoc.arrayBuffer()))).paragraphs).toContain(
      `${Q1_WINDOW}.`,
    )
    const planDoc = await app.rest(
      'GET',
      `/campaign-plans/${windowsPlan}/document?period=2026-Q1&format=docx`,
      { token: token['admin@test.vn'] },
    )
    expect(planDoc.status).toBe(200)
    const paragraphs = (await openDocx(new Uint8Array(await planDoc.arrayBuffer()))).paragraphs
    expect(paragraphs).toContain(`${Q1_WINDOW}.`)
    expect(
      paragraphs.some((p) => p.includes('(gia hạn 2 ngày)') && p.includes('gửi muộn: 1')),
    ).toBe(true)
  })
})

describe('bad period settings', () => {
  it('should refuse a window starting on day 32 and negative grace days, and change nothing', async () => {
    for (const periods of [{ windowStartDay: 32 }, { graceDays: -1 }, { unitDeadlineDay: 0 }]) {
      const res = await app.rest('PATCH', `/campaign-plans/${windowsPlan}`, {
        token: token['admin@test.vn'],
        body: { periods: { basis: 'reportingWindows', ...periods } },
      })
      expect(res.status).toBe(400)
    }
    const plan = await app.payload.findByID({
      collection: slugs.campaignPlans,
      id: windowsPlan,
      ...sys,
    })
    expect(plan.periods).toMatchObject({ windowStartDay: 15, graceDays: 2, unitDeadlineDay: 15 })
  })
})
