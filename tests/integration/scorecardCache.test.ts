import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { PayloadRequest } from 'payload'
import { slugs } from '@/platform/slugs'
import type { Scorecard } from '@/modules/campaigns/compliance/scorecard'
import { setClock } from '../helpers/clock'
import { createTaxonomy } from '../helpers/content'
import { createTree, createUser, type Tree } from '../helpers/fixtures'
import { requestAs, startTestApp, type TestApp } from '../helpers/payload'
import { createArticle } from '../helpers/publicContent'
import { runInstanceAction } from '../helpers/runInstanceAction'

// The public cache's poll interval, which the scorecard cache shares: its bound for other instances.
delete process.env.PUBLIC_CACHE_POLL_MS
const OTHER_INSTANCE_BOUND_MS = 1000 + 1000

let app: TestApp
let tree: Tree
let area: number
let planId: number
let otherPlanId: number
let figureIndicator: number
let stationA1: number
const users: Record<string, object> = {}
const sys = { overrideAccess: true, depth: 0 } as const
let cache: typeof import('@/modules/campaigns/compliance/scorecardCache')
let build: (typeof import('@/modules/campaigns/compliance/scorecard'))['buildScorecard']

const Q1 = '2026-Q1'

beforeAll(async () => {
  app = await startTestApp()
  cache = await import('@/modules/campaigns/compliance/scorecardCache')
  build = (await import('@/modules/campaigns/compliance/scorecard')).buildScorecard
  tree = await createTree(app.payload)
  area = (await createTaxonomy(app.payload)).area
  users.admin = await createUser(app.payload, 'admin@sc.vn', ['admin'], null)
  users.editor = await createUser(app.payload, 'editor@sc.vn', ['editor'], tree.province)
  users.viewerA = await createUser(app.payload, 'viewer.a@sc.vn', ['viewer'], tree.communeA1)

  const plan = async (number: string, title: string, isPublic: boolean) =>
    (
      await app.payload.create({
        collection: slugs.campaignPlans,
        data: {
          number,
          title,
          isPublic,
          issuingUnit: tree.province,
          issueDate: '2025-12-28T00:00:00.000Z',
          year: 2026,
          participatingRoot: tree.province,
          reportDeadlines: [{ period: 'Q1', deadline: '2026-04-10T10:00:00.000Z' }],
        },
        ...sys,
      })
    ).id as number
  planId = await plan('12/KH-UBND', 'Kế hoạch có bộ đệm', true)
  otherPlanId = await plan('13/KH-UBND', 'Kế hoạch khác', false)
  figureIndicator = (
    await app.payload.create({
      collection: slugs.targetIndicators,
      data: {
        plan: planId,
        title: '100% TTHC được niêm yết',
        scopeLevels: ['commune'],
        ruleKind: 'reportedFigure',
        figure: 'proceduresPostedPct',
        comparator: 'gte',
        threshold: 100,
        targetShare: 100,
      },
      ...sys,
    })
  ).id as number
  await app.payload.create({
    collection: slugs.targetIndicators,
    data: {
      plan: planId,
      title: '100% trạm truyền thanh cơ sở có chuyên mục CCHC',
      scopeLevels: ['commune'],
      scopeRequires: ['radioStation'],
      ruleKind: 'broadcastCount',
      channel: 'communeRadio',
      minCount: 1,
      targetShare: 100,
    },
    ...sys,
  })
  await app.payload.create({
    collection: slugs.targetIndicators,
    data: {
      plan: planId,
      title: 'Mỗi huyện đăng ít nhất 1 tin CCHC',
      scopeLevels: ['district'],
      ruleKind: 'contentCount',
      contentKind: 'articles',
      minCount: 1,
      targetShare: 100,
    },
    ...sys,
  })
  stationA1 = (
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
})
afterAll(async () => {
  cache?.stopWatchingScorecardStamps()
  await app?.destroy()
})

const as = async (who: string | null): Promise<PayloadRequest> =>
  requestAs(app.payload, who ? users[who]! : null)

const cached = async (who: string | null, unit: string | null = null, plan = planId) =>
  cache.scorecardFor(await as(who), String(plan), Q1, unit)

const fresh = async (who: string | null, unit: string | null = null, plan = planId) =>
  build(await as(who), String(plan), Q1, unit)

const cell = (card: Scorecard, unit: number, indicator: number) =>
  card.cells.find((c) => c.subjectId === String(unit) && c.indicatorId === String(indicator))

const refusal = async (work: Promise<unknown>) =>
  work.then(
    () => null,
    (error: { status?: number; message?: string }) => ({
      status: error.status,
      message: error.message,
    }),
  )

describe('scorecards kept per plan and period', () => {
  it('should give each caller exactly the card computed afresh for them', async () => {
    for (const [who, unit] of [
      ['admin', null],
      ['editor', null],
      ['viewerA', null],
      ['viewerA', String(tree.centreA1)],
      ['editor', String(tree.communeB1)],
      [null, null],
    ] as const)
      expect(await cached(who, unit)).toEqual(await fresh(who, unit))
    // The anonymous visitor's cut of a public plan: shares and history, no unit rows.
    const anonymous = await cached(null)
    expect(anonymous.units).toEqual([])
    expect(anonymous.cells).toEqual([])
    expect(anonymous.indicators.length).toBe(3)
  })

  it('should refuse what buildScorecard refuses, with the same messages', async () => {
    const viewer = await as('viewerA')
    for (const [plan, period, unit] of [
      [String(planId), Q1, String(tree.communeB1)],
      [String(planId), '2026-Q7', null],
      ['999999', Q1, null],
    ] as const)
      expect(await refusal(cache.scorecardFor(viewer, plan, period, unit))).toEqual(
        await refusal(build(await as('viewerA'), plan, period, unit)),
      )
    // A plan that is not public does not exist for the anonymous visitor.
    expect((await refusal(cached(null, null, otherPlanId)))?.status).toBe(404)
  })

  it('should open a card again from what was kept', async () => {
    const first = await cached('admin')
    expect(await cached('admin')).toBe(first)
  })

  it('should drop the card when a report of its plan changes, and keep it for another plan', async () => {
    const before = await cached('admin')
    await app.payload.create({
      collection: slugs.unitReports,
      data: {
        plan: otherPlanId,
        unit: tree.communeA1,
        period: 'Q1',
        year: 2026,
        status: 'submitted',
        figures: { proceduresPostedPct: 100 },
      },
      ...sys,
    })
    expect(await cached('admin')).toBe(before)
    expect(cell(before, tree.communeA1, figureIndicator)?.status).not.toBe('met')

    await app.payload.create({
      collection: slugs.unitReports,
      data: {
        plan: planId,
        unit: tree.communeA1,
        period: 'Q1',
        year: 2026,
        status: 'submitted',
        figures: { proceduresPostedPct: 100 },
      },
      ...sys,
    })
    const after = await cached('admin')
    expect(after).not.toBe(before)
    expect(cell(after, tree.communeA1, figureIndicator)?.status).toBe('met')
    expect(after).toEqual(await fresh('admin'))
  })

  it('should drop the card when a confirmed airing changes the tallies', async () => {
    const item = await app.payload.create({
      collection: slugs.broadcastItems,
      data: {
        title: 'Chuyên mục CCHC',
        outlet: stationA1,
        channel: 'communeRadio',
        start: '2026-02-02T06:30:00+07:00',
        durationMinutes: 15,
      },
      ...sys,
    })
    const before = await cached('admin')
    await app.payload.create({
      collection: slugs.airings,
      data: {
        item: item.id as number,
        occurrenceAt: '2026-02-01T23:30:00.000Z',
        status: 'confirmed',
      },
      ...sys,
    })
    const after = await cached('admin')
    expect(after).not.toBe(before)
    expect(after).toEqual(await fresh('admin'))
    expect(JSON.stringify(after.cells)).not.toEqual(JSON.stringify(before.cells))
  })

  it('should drop the card when a unit, an indicator or a published article changes', async () => {
    let before = await cached('admin')
    await app.payload.update({
      collection: slugs.units,
      id: tree.communeA2,
      data: { name: 'UBND xã A2 (đổi tên)' },
      ...sys,
    })
    let after = await cached('admin')
    expect(after).not.toBe(before)
    expect(after.units.find((u) => u.id === String(tree.communeA2))?.name).toBe(
      'UBND xã A2 (đổi tên)',
    )

    before = after
    await app.payload.update({
      collection: slugs.targetIndicators,
      id: figureIndicator,
      data: { threshold: 90 },
      ...sys,
    })
    after = await cached('admin')
    expect(after).not.toBe(before)
    expect(after).toEqual(await fresh('admin'))

    before = after
    await createArticle(app.payload, {
      title: 'Xã A1 triển khai một cửa liên thông',
      unit: tree.communeA1,
      reformAreas: [area],
      publishedAt: '2026-02-10T08:00:00+07:00',
    })
    after = await cached('admin')
    expect(after).not.toBe(before)
    expect(after).toEqual(await fresh('admin'))

    // Published on the evening of 31 December UTC: already the next year in Vietnam, whose cards go.
    const nextYear = await cache.scorecardFor(await as('admin'), String(planId), '2027-Q1', null)
    await createArticle(app.payload, {
      title: 'Tin đăng đêm giao thừa',
      unit: tree.communeA1,
      reformAreas: [area],
      publishedAt: '2026-12-31T18:00:00.000Z',
    })
    expect(await cache.scorecardFor(await as('admin'), String(planId), '2027-Q1', null)).not.toBe(
      nextYear,
    )

    // A draft never published changes nothing the scorecard counts: the card stays.
    before = await cached('admin')
    await createArticle(
      app.payload,
      { title: 'Bản nháp', unit: tree.communeA1, reformAreas: [area] },
      true,
    )
    expect(await cached('admin')).toBe(before)
  })

  it('should recompute when the report deadline passes, as timeliness then changes', async () => {
    const deadlinePlan = (
      await app.payload.create({
        collection: slugs.campaignPlans,
        data: {
          number: '14/KH-UBND',
          title: 'Hạn nộp sắp đến',
          issuingUnit: tree.province,
          issueDate: '2025-12-28T00:00:00.000Z',
          year: 2026,
          participatingRoot: tree.province,
          reportDeadlines: [{ period: 'Q3', deadline: '2026-10-10T10:00:00.000Z' }],
        },
        ...sys,
      })
    ).id as number
    const open = async () =>
      cache.scorecardFor(await as('admin'), String(deadlinePlan), '2026-Q3', null)
    try {
      setClock('2026-10-09T10:00:00.000Z')
      const before = await open()
      expect(before.timeliness.byUnit[String(tree.communeA1)]).toBe('notDue')
      expect(await open()).toBe(before)
      setClock('2026-10-10T10:00:01.000Z')
      expect((await open()).timeliness.byUnit[String(tree.communeA1)]).toBe('missing')
    } finally {
      jest.useRealTimers()
    }
  })
})

describe('a change made through another instance', () => {
  it(`should drop the kept card within the stated bound (${OTHER_INSTANCE_BOUND_MS} ms)`, async () => {
    const before = await cached('admin')
    expect(await cached('admin')).toBe(before)
    await runInstanceAction({
      ACTION: 'renameUnit',
      UNIT_ID: String(tree.communeB1),
      UNIT_NAME: 'UBND xã B1 (đổi ở phiên bản khác)',
    })
    const changedAt = Date.now()
    let seenAfter = -1
    while (Date.now() - changedAt < OTHER_INSTANCE_BOUND_MS + 3000) {
      const card = await cached('admin')
      if (card.units.some((u) => u.name === 'UBND xã B1 (đổi ở phiên bản khác)')) {
        seenAfter = Date.now() - changedAt
        break
      }
      await new Promise((r) => setTimeout(r, 50))
    }
    expect(seenAfter).toBeGreaterThanOrEqual(0)
    // The bound plus some slack for this test's own polling on a busy machine.
    expect(seenAfter).toBeLessThanOrEqual(OTHER_INSTANCE_BOUND_MS + 500)
  }, 180_000)
})
