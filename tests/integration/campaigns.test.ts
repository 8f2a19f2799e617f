import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { slugs } from '@/platform/slugs'
import type { Scorecard } from '@/modules/campaigns/compliance/scorecard'
import { createTree, createUser, PASSWORD, type Tree } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'
import ExcelJS from 'exceljs'
import sharp from 'sharp'

let app: TestApp
let tree: Tree
let planId: number
let radioIndicator: number
let stationA1: number
let segmentA1: number
const token: Record<string, string> = {}
const sys = { overrideAccess: true, depth: 0 } as const

// Q1 2026 is over (the test runs later than that), so airings of Q1 are past.
const Q1 = '2026-Q1'
const mondays = (from: string, n: number) =>
  Array.from({ length: n }, (_, i) =>
    new Date(new Date(from).getTime() + i * 7 * 86400_000).toISOString(),
  )

beforeAll(async () => {
  app = await startTestApp()
  tree = await createTree(app.payload)
  await createUser(app.payload, 'editor@test.vn', ['editor'], tree.province)
  await createUser(app.payload, 'reviewer@test.vn', ['reviewer'], tree.province)
  await createUser(app.payload, 'reporter.a1@test.vn', ['reporter'], tree.communeA1)
  await createUser(app.payload, 'reporter.b1@test.vn', ['reporter'], tree.communeB1)
  await createUser(app.payload, 'viewer.a@test.vn', ['viewer'], tree.communeA1)
  await createUser(app.payload, 'admin@test.vn', ['admin'], null)
  for (const email of [
    'editor@test.vn',
    'reviewer@test.vn',
    'reporter.a1@test.vn',
    'reporter.b1@test.vn',
    'viewer.a@test.vn',
    'admin@test.vn',
  ])
    token[email] = await app.login(email, PASSWORD)

  planId = (
    await app.payload.create({
      collection: slugs.campaignPlans,
      data: {
        number: '163/KH-UBND',
        title: 'Tuyên truyền CCHC năm 2026',
        issuingUnit: tree.province,
        issueDate: '2025-12-28T00:00:00.000Z',
        year: 2026,
        participatingRoot: tree.province,
        reportDeadlines: [
          { period: 'Q1', deadline: '2026-04-10T10:00:00.000Z' },
          { period: 'Q4', deadline: '2099-01-10T10:00:00.000Z' },
        ],
        requiredFigures: ['proceduresPostedPct'],
      },
      ...sys,
    })
  ).id as number
  radioIndicator = (
    await app.payload.create({
      collection: slugs.targetIndicators,
      data: {
        plan: planId,
        title: '100% trạm truyền thanh cơ sở có chuyên mục CCHC',
        scopeLevels: ['commune'],
        scopeRequires: ['radioStation'],
        ruleKind: 'broadcastCount',
        channel: 'communeRadio',
        minCount: 3,
        targetShare: 100,
      },
      ...sys,
    })
  ).id as number
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
  const stationB1 = (
    await app.payload.create({
      collection: slugs.outlets,
      data: {
        name: 'Trạm truyền thanh xã B1',
        kind: 'communeStation',
        channels: ['communeRadio'],
        unit: tree.communeB1,
      },
      ...sys,
    })
  ).id as number
  segmentA1 = (
    await app.payload.create({
      collection: slugs.broadcastItems,
      data: {
        title: 'Chuyên mục CCHC',
        outlet: stationA1,
        channel: 'communeRadio',
        start: '2026-01-05T06:30:00+07:00',
        durationMinutes: 15,
        recurrence: 'weeklyMonday',
        repeatUntil: '2026-03-31T00:00:00+07:00',
      },
      ...sys,
    })
  ).id as number
  const segmentB1 = await app.payload.create({
    collection: slugs.broadcastItems,
    data: {
      title: 'Chuyên mục CCHC',
      outlet: stationB1,
      channel: 'communeRadio',
      start: '2026-01-05T06:30:00+07:00',
      durationMinutes: 15,
      recurrence: 'weeklyMonday',
      repeatUntil: '2026-03-31T00:00:00+07:00',
    },
    ...sys,
  })
  for (const at of mondays('2026-01-05T06:30:00+07:00', 3)) {
    await app.payload.create({
      collection: slugs.airings,
      data: { item: segmentB1.id as number, occurrenceAt: at, status: 'confirmed' },
      ...sys,
    })
  }
})
afterAll(async () => app?.destroy())

const scorecard = async (who: string, query = `period=${Q1}`) => {
  const res = await app.rest('GET', `/campaign-plans/${planId}/compliance?${query}`, {
    token: token[who],
  })
  return {
    status: res.status,
    body: (await res.json()) as Scorecard & { errors?: { message: string }[] },
  }
}
const cell = (card: Scorecard, unit: number, indicator: number) =>
  card.cells.find((c) => c.subjectId === String(unit) && c.indicatorId === String(indicator))

describe('airing confirmations and the radio indicator', () => {
  it('should show a station with too few confirmed airings as not met, with the missed ones', async () => {
    const { body } = await scorecard('editor@test.vn')
    expect(cell(body, tree.communeA1, radioIndicator)).toMatchObject({
      status: 'notMet',
      evidence: { kind: 'broadcasts', confirmed: 0, missed: 13, required: 3 },
    })
    expect(cell(body, tree.communeB1, radioIndicator)?.status).toBe('met')
    expect(body.indicators.find((i) => i.indicatorId === String(radioIndicator))).toMatchObject({
      inScope: 2,
      met: 1,
      share: 50,
    })
  })

  it('should turn the cell green once the unit confirms three airings', async () => {
    for (const at of mondays('2026-01-05T06:30:00+07:00', 3)) {
      const res = await app.rest('POST', `/broadcast-items/${segmentA1}/confirm`, {
        token: token['reporter.a1@test.vn'],
        body: { occurrenceAt: at },
      })
      expect(res.status).toBe(201)
    }
    const { body } = await scorecard('editor@test.vn')
    expect(cell(body, tree.communeA1, radioIndicator)?.status).toBe('met')
    expect(body.indicators.find((i) => i.indicatorId === String(radioIndicator))).toMatchObject({
      share: 100,
      achieved: true,
      rating: 'green',
    })
  })

  it('should refuse a confirmation of another unit, a time that is no airing, a future airing or a second one', async () => {
    const other = await app.rest('POST', `/broadcast-items/${segmentA1}/confirm`, {
      token: token['reporter.b1@test.vn'],
      body: { occurrenceAt: mondays('2026-01-05T06:30:00+07:00', 5)[4] },
    })
    expect([403, 404]).toContain(other.status)
    const wrong = await app.rest('POST', `/broadcast-items/${segmentA1}/confirm`, {
      token: token['reporter.a1@test.vn'],
      body: { occurrenceAt: '2026-01-06T06:30:00+07:00' },
    })
    expect(wrong.status).toBe(400)
    expect(JSON.stringify(await wrong.json())).toContain('không có buổi phát vào thời điểm')
    const twice = await app.rest('POST', `/broadcast-items/${segmentA1}/confirm`, {
      token: token['reporter.a1@test.vn'],
      body: { occurrenceAt: mondays('2026-01-05T06:30:00+07:00', 1)[0] },
    })
    expect(twice.status).toBe(409)
    const future = await app.payload.create({
      collection: slugs.broadcastItems,
      data: {
        title: 'Bản tin tương lai',
        outlet: stationA1,
        channel: 'communeRadio',
        start: '2099-01-05T06:30:00+07:00',
        durationMinutes: 15,
      },
      ...sys,
    })
    const early = await app.rest('POST', `/broadcast-items/${future.id}/confirm`, {
      token: token['reporter.a1@test.vn'],
      body: { occurrenceAt: '2099-01-05T06:30:00+07:00' },
    })
    expect(early.status).toBe(400)
    expect(JSON.stringify(await early.json())).toContain('chưa diễn ra')
  })

  it('should refuse a broken recurrence rule in Vietnamese and store nothing', async () => {
    const before = (
      await app.payload.count({ collection: slugs.broadcastItems, overrideAccess: true })
    ).totalDocs
    const res = await app.rest('POST', '/broadcast-items', {
      token: token['editor@test.vn'],
      body: {
        title: 'Sai quy tắc',
        outlet: stationA1,
        channel: 'communeRadio',
        start: '2026-02-02T06:30:00+07:00',
        durationMinutes: 15,
        recurrence: 'custom',
        customRule: 'FREQ=SOMETIMES',
      },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toMatch(/Quy tắc lặp .*FREQ=SOMETIMES.* không hợp lệ/)
    expect(
      (await app.payload.count({ collection: slugs.broadcastItems, overrideAccess: true }))
        .totalDocs,
    ).toBe(before)
  })
})

describe('schedules and airings in words', () => {
  it('should say a schedule as people do, in the reader language', async () => {
    const read = async (language: string) => {
      const res = await app.rest('GET', `/broadcast-items/${segmentA1}`, {
        token: token['reporter.a1@test.vn'],
        headers: { 'Accept-Language': language },
      })
      return ((await res.json()) as { schedule: string }).schedule
    }
    expect(await read('vi')).toBe('Thứ Hai hằng tuần, 06:30, đến hết 31/03/2026')
    expect(await read('en')).toBe('Every Monday, 06:30, until 31/03/2026')
  })

  it('should title each airing "item – date", find it by that, and follow a renamed item', async () => {
    const list = async (query: string) => {
      const res = await app.rest('GET', `/airings?${query}&sort=occurrenceAt&depth=0`, {
        token: token['reporter.a1@test.vn'],
      })
      return ((await res.json()) as { docs: { title: string }[] }).docs.map((d) => d.title)
    }
    const mine = `where[item][equals]=${segmentA1}`
    expect((await list(mine))[0]).toBe('Chuyên mục CCHC – 05/01/2026 06:30')
    expect(await list(`where[title][like]=${encodeURIComponent('12/01/2026')}`)).toEqual([
      'Chuyên mục CCHC – 12/01/2026 06:30',
    ])

    const renamed = await app.rest('PATCH', `/broadcast-items/${segmentA1}`, {
      token: token['editor@test.vn'],
      body: { title: 'Chuyên mục CCHC xã A1' },
    })
    expect(renamed.status).toBe(200)
    const titles = await list(mine)
    expect(titles).toHaveLength(3)
    expect(titles.every((t) => t.startsWith('Chuyên mục CCHC xã A1 – '))).toBe(true)
    // Nobody writes a title by hand: it stays what the item and the time say.
    const airing = (
      await app.payload.find({
        collection: slugs.airings,
        where: { item: { equals: segmentA1 } },
        ...sys,
      })
    ).docs[0]!
    const res = await app.rest('PATCH', `/airings/${airing.id}`, {
      token: token['editor@test.vn'],
      body: { title: 'Tên khác', note: 'Có ghi âm' },
    })
    expect(res.status).toBe(403)
    expect(JSON.stringify(await res.json())).toContain('trường “Buổi phát”')
    const after = await app.payload.findByID({ collection: slugs.airings, id: airing.id, ...sys })
    expect([after.title, after.note]).toEqual([airing.title, airing.note])
  })
})

describe('confirming airings in one step', () => {
  type Due = {
    entries: {
      itemId: number
      at: string
      status: string
      schedule: string
      airingId: number | null
      evidence: number
      canUndo: boolean
    }[]
  }
  let daily: number
  const due = async (range: 'today' | 'week', who = 'reporter.a1@test.vn') => {
    const res = await app.rest('GET', `/broadcast-items/due?range=${range}`, { token: token[who] })
    expect(res.status).toBe(200)
    return ((await res.json()) as Due).entries.filter((e) => e.itemId === daily)
  }
  const say = (
    at: string,
    fields: Record<string, string>,
    file?: Blob,
    who = 'reporter.a1@test.vn',
  ) => {
    const form = new FormData()
    form.set('_payload', JSON.stringify({ occurrenceAt: at, ...fields }))
    if (file) form.set('file', file, 'ghi-am.png')
    return app.rest('POST', `/broadcast-items/${daily}/confirm`, { token: token[who], body: form })
  }
  const airingsOfDaily = async () =>
    (
      await app.payload.count({
        collection: slugs.airings,
        where: { item: { equals: daily } },
        overrideAccess: true,
      })
    ).totalDocs

  beforeAll(async () => {
    // Every day at the time it is now (less five minutes), so today's airing has just gone out.
    const start = new Date(
      Math.floor((Date.now() - 10 * 86_400_000 - 5 * 60_000) / 60_000) * 60_000,
    )
    daily = (
      await app.payload.create({
        collection: slugs.broadcastItems,
        data: {
          title: 'Bản tin CCHC hằng ngày',
          outlet: stationA1,
          channel: 'communeRadio',
          start: start.toISOString(),
          durationMinutes: 5,
          recurrence: 'daily',
        },
        ...sys,
      })
    ).id as number
  })

  it("should list today's airing as waiting, in words, and confirm it with a photo as internal evidence", async () => {
    const [today] = await due('today')
    expect(today).toMatchObject({ status: 'awaiting', airingId: null })
    expect(today!.schedule).toMatch(/^Hằng ngày, \d\d:\d\d$/)
    const photo = await sharp({
      create: { width: 40, height: 30, channels: 3, background: '#c00' },
    })
      .png()
      .toBuffer()
    const res = await say(
      today!.at,
      { note: 'Phát đúng giờ' },
      new Blob([new Uint8Array(photo)], { type: 'image/png' }),
    )
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as { doc: { id: number; evidence: number[]; title: string } }
    expect(doc.evidence).toHaveLength(1)
    expect(doc.title).toMatch(/^Bản tin CCHC hằng ngày – /)
    const media = await app.payload.findByID({
      collection: slugs.media,
      id: doc.evidence[0]!,
      ...sys,
    })
    expect(media.visibility).toBe('internal')
    const [after] = await due('today')
    expect(after).toMatchObject({
      status: 'aired',
      airingId: doc.id,
      evidence: 1,
      canUndo: true,
    })
  })

  it('should let the reporter take it back the same day, and nobody else', async () => {
    const [today] = await due('today')
    const other = await app.rest('DELETE', `/airings/${today!.airingId}`, {
      token: token['reporter.b1@test.vn'],
    })
    expect([403, 404]).toContain(other.status)
    const undo = await app.rest('DELETE', `/airings/${today!.airingId}`, {
      token: token['reporter.a1@test.vn'],
    })
    expect(undo.status).toBe(200)
    expect((await due('today'))[0]).toMatchObject({ status: 'awaiting', airingId: null })
  })

  it('should ask why it did not air, and store nothing when a file is refused', async () => {
    const [today] = await due('today')
    const before = await airingsOfDaily()
    const silent = await say(today!.at, { status: 'missed' })
    expect(silent.status).toBe(400)
    expect(JSON.stringify(await silent.json())).toContain('lý do không phát')
    const script = await say(
      today!.at,
      {},
      new Blob(['#!/bin/sh\nrm -rf /'], { type: 'application/x-sh' }),
    )
    expect(script.status).toBe(400)
    expect(await airingsOfDaily()).toBe(before)
    const missed = await say(today!.at, { status: 'missed', note: 'Mất điện cả xã' })
    expect(missed.status).toBe(201)
    expect((await due('today'))[0]).toMatchObject({ status: 'missed', canUndo: true })
  })

  it('should confirm every aired, unconfirmed airing of the week at once', async () => {
    const unspoken = (e: Due['entries'][number]) => e.airingId === null && e.status !== 'upcoming'
    const waiting = (await due('week')).filter(unspoken).length
    const res = await app.rest('POST', '/broadcast-items/confirm-week', {
      token: token['reporter.a1@test.vn'],
    })
    expect(res.status).toBe(200)
    expect(((await res.json()) as { confirmed: number }).confirmed).toBeGreaterThanOrEqual(waiting)
    const week = await due('week')
    expect(week.filter(unspoken)).toEqual([])
    // What was said stays as said; what has not happened yet is not confirmed.
    expect(week.find((e) => e.status === 'missed')).toBeDefined()
    expect(
      week.filter((e) => new Date(e.at) > new Date()).every((e) => e.status === 'upcoming'),
    ).toBe(true)
  })
})

describe('unit reports', () => {
  const report = (who: string, body: Record<string, unknown>) =>
    app.rest('POST', '/unit-reports', {
      token: token[who],
      body: { plan: planId, unit: tree.communeA1, period: 'Q4', ...body },
    })

  it('should refuse out-of-range figures, unknown periods and other units, storing nothing', async () => {
    const before = (
      await app.payload.count({ collection: slugs.unitReports, overrideAccess: true })
    ).totalDocs
    const pct = await report('reporter.a1@test.vn', { figures: { proceduresPostedPct: 120 } })
    expect(pct.status).toBe(400)
    expect(JSON.stringify(await pct.json())).toContain('phải từ 0 đến 100')
    const negative = await report('reporter.a1@test.vn', { figures: { feedbackReceived: -2 } })
    expect(JSON.stringify(await negative.json())).toContain('không được là số âm')
    const period = await report('reporter.a1@test.vn', { period: 'Q5' })
    expect(period.status).toBe(400)
    const other = await report('reporter.b1@test.vn', {})
    expect(other.status).toBe(403)
    expect(
      (await app.payload.count({ collection: slugs.unitReports, overrideAccess: true })).totalDocs,
    ).toBe(before)
  })

  it('should take a report through submit, return and approval, then lock it', async () => {
    const created = await report('reporter.a1@test.vn', { figures: { proceduresPostedPct: 100 } })
    expect(created.status).toBe(201)
    const id = ((await created.json()) as { doc: { id: number } }).doc.id
    const duplicate = await report('reporter.a1@test.vn', {})
    expect(duplicate.status).toBe(409)
    expect(JSON.stringify(await duplicate.json())).toContain('đã có báo cáo Quý IV/2026')

    expect(
      (
        await app.rest('PATCH', `/unit-reports/${id}`, {
          token: token['reporter.a1@test.vn'],
          body: { status: 'submitted' },
        })
      ).status,
    ).toBe(200)
    const noReason = await app.rest('PATCH', `/unit-reports/${id}`, {
      token: token['reviewer@test.vn'],
      body: { status: 'returned' },
    })
    expect(noReason.status).toBe(400)
    expect(
      (
        await app.rest('PATCH', `/unit-reports/${id}`, {
          token: token['reviewer@test.vn'],
          body: { status: 'returned', returnReason: 'Thiếu minh chứng' },
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await app.rest('PATCH', `/unit-reports/${id}`, {
          token: token['reporter.a1@test.vn'],
          body: { status: 'submitted' },
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await app.rest('PATCH', `/unit-reports/${id}`, {
          token: token['reviewer@test.vn'],
          body: { status: 'approved' },
        })
      ).status,
    ).toBe(200)
    const locked = await app.rest('PATCH', `/unit-reports/${id}`, {
      token: token['reporter.a1@test.vn'],
      body: { figures: { proceduresPostedPct: 90 } },
    })
    expect(locked.status).toBe(403)
    expect(JSON.stringify(await locked.json())).toContain('bị khóa')
    expect(
      (
        await app.rest('PATCH', `/unit-reports/${id}`, {
          token: token['admin@test.vn'],
          body: { reopened: true, status: 'draft' },
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await app.rest('PATCH', `/unit-reports/${id}`, {
          token: token['reporter.a1@test.vn'],
          body: { figures: { proceduresPostedPct: 95 } },
        })
      ).status,
    ).toBe(200)
  })

  it('should lock a report after its deadline', async () => {
    const q1 = await app.payload.create({
      collection: slugs.unitReports,
      data: {
        plan: planId,
        unit: tree.communeA1,
        period: 'Q1',
        status: 'draft',
        figures: { proceduresPostedPct: 100 },
      },
      ...sys,
    })
    const res = await app.rest('PATCH', `/unit-reports/${q1.id}`, {
      token: token['reporter.a1@test.vn'],
      body: { status: 'submitted' },
    })
    expect(res.status).toBe(403)
  })

  it('should require the figures the plan asks for before submission', async () => {
    const res = await report('reporter.a1@test.vn', { period: 'H1', status: 'submitted' })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('Chưa nhập các số liệu kế hoạch yêu cầu')
  })
})

describe('the scorecard endpoint and exports', () => {
  it('should show a viewer only the units of their commune, and refuse bad periods and foreign units', async () => {
    const { body } = await scorecard('viewer.a@test.vn')
    expect(body.units.map((u) => u.id).sort()).toEqual(
      [tree.communeA1, tree.centreA1].map(String).sort(),
    )
    expect(body.cells.some((c) => c.subjectId === String(tree.communeB1))).toBe(false)
    const bad = await scorecard('viewer.a@test.vn', 'period=2026-Q7')
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('không hợp lệ')
    expect(
      (await scorecard('viewer.a@test.vn', `period=${Q1}&unit=${tree.communeB1}`)).status,
    ).toBe(404)
    const sub = await scorecard('editor@test.vn', `period=${Q1}&unit=${tree.communeA1}`)
    expect(sub.body.units.map((u) => u.id).sort()).toEqual(
      [tree.communeA1, tree.centreA1].map(String).sort(),
    )
  })

  it("should count the summary over the unit drilled into and name the path to it from the plan's root", async () => {
    const whole = (await scorecard('editor@test.vn')).body
    expect(whole.focus).toEqual({
      unitId: null,
      name: 'UBND tỉnh Thử Nghiệm',
      path: [{ id: String(tree.province), name: 'UBND tỉnh Thử Nghiệm', reachable: true }],
    })
    const a1 = (await scorecard('editor@test.vn', `period=${Q1}&unit=${tree.communeA1}`)).body
    expect(a1.focus.unitId).toBe(String(tree.communeA1))
    expect(a1.focus.path.map((c) => c.id)).toEqual([tree.province, tree.communeA1].map(String))
    for (const indicator of a1.indicators) {
      // Only A1 and its centre are counted; a contract belongs to the whole plan.
      const own = a1.cells.filter(
        (c) =>
          c.indicatorId === indicator.indicatorId &&
          [tree.communeA1, tree.centreA1].map(String).includes(c.subjectId),
      )
      expect(indicator.inScope).toBe(own.length)
      expect(indicator.met).toBe(own.filter((c) => c.status === 'met').length)
    }
    expect(a1.indicators.reduce((n, i) => n + i.inScope, 0)).toBeLessThan(
      whole.indicators.reduce((n, i) => n + i.inScope, 0),
    )
    // The commune's own viewer: the province is named above it but is not theirs to open.
    const mine = (await scorecard('viewer.a@test.vn', `period=${Q1}&unit=${tree.communeA1}`)).body
    expect(mine.focus.path).toEqual([
      { id: String(tree.province), name: 'UBND tỉnh Thử Nghiệm', reachable: false },
      { id: String(tree.communeA1), name: a1.focus.name, reachable: true },
    ])
    expect(mine.indicators).toEqual(a1.indicators)
  })

  it('should keep a plan from the public unless it is public, then show shares only', async () => {
    expect(
      (await app.rest('GET', `/campaign-plans/${planId}/compliance?period=${Q1}`)).status,
    ).toBe(404)
    await app.payload.update({
      collection: slugs.campaignPlans,
      id: planId,
      data: { isPublic: true },
      ...sys,
    })
    const res = await app.rest('GET', `/campaign-plans/${planId}/compliance?period=${Q1}`)
    expect(res.status).toBe(200)
    const body = (await res.json()) as Scorecard
    expect(body.indicators.length).toBe(2)
    expect(body.cells).toEqual([])
    expect(body.units).toEqual([])
    await app.payload.update({
      collection: slugs.campaignPlans,
      id: planId,
      data: { isPublic: false },
      ...sys,
    })
  })

  it('should export the reports a user may read as XLSX and CSV with Vietnamese headers', async () => {
    const res = await app.rest('GET', `/unit-reports/export?plan=${planId}&format=xlsx`, {
      token: token['reporter.a1@test.vn'],
    })
    expect(res.status).toBe(200)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(await res.arrayBuffer())
    const rows = book.worksheets[0]!.getSheetValues()
      .filter(Boolean)
      .map((row) => (row as unknown[]).slice(1))
    expect(rows[0]!.slice(0, 4)).toEqual([
      'Đơn vị báo cáo',
      'Kỳ báo cáo',
      'Trạng thái',
      'Gửi lần đầu lúc',
    ])
    const stored = await app.payload.find({
      collection: slugs.unitReports,
      where: { unit: { equals: tree.communeA1 } },
      overrideAccess: true,
    })
    expect(rows.length - 1).toBe(stored.totalDocs)
    expect(rows.slice(1).every((row) => row[0] === 'UBND xã A1')).toBe(true)
    // The first-sent column holds real dates (Vietnam wall-clock time), not text.
    const sentRow = rows.slice(1).findIndex((row) => row[3] !== undefined && row[3] !== null)
    expect(sentRow).toBeGreaterThanOrEqual(0)
    const sentCell = book.worksheets[0]!.getRow(sentRow + 2).getCell(4)
    expect(sentCell.value).toBeInstanceOf(Date)
    expect(sentCell.numFmt).toBe('dd/mm/yyyy hh:mm')
    const csv = Buffer.from(
      await (
        await app.rest('GET', `/unit-reports/export?plan=${planId}&format=csv&period=Q4`, {
          token: token['editor@test.vn'],
        })
      ).arrayBuffer(),
    ).toString('utf8')
    expect(csv).toContain('Quý IV/2026')
    expect(
      (
        await app.rest('GET', `/unit-reports/export?plan=${planId}&period=Q9`, {
          token: token['editor@test.vn'],
        })
      ).status,
    ).toBe(400)
  })

  it('should export an XLSX with the same numbers as the JSON, and a CSV', async () => {
    const { body } = await scorecard('editor@test.vn')
    const res = await app.rest(
      'GET',
      `/campaign-plans/${planId}/compliance/export?format=xlsx&period=${Q1}`,
      { token: token['editor@test.vn'] },
    )
    expect(res.status).toBe(200)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(await res.arrayBuffer())
    // A summary sheet (one row per indicator, numbers as numbers), then one sheet per indicator.
    expect(book.worksheets.map((w) => w.name)[0]).toBe('Tổng hợp')
    expect(book.worksheets).toHaveLength(1 + body.indicators.length)
    const rowsOf = (sheet: ExcelJS.Worksheet) =>
      sheet
        .getSheetValues()
        .filter(Boolean)
        .map((row) => (row as unknown[]).slice(1))
    const summary = rowsOf(book.worksheets[0]!)
    expect(summary[3]!.slice(0, 3)).toEqual(['Chỉ tiêu', 'Số đơn vị được tính', 'Đạt'])
    for (const indicator of body.indicators) {
      const row = summary.find((r) => r[0] === indicator.title)!
      expect(row.slice(1, 3)).toEqual([indicator.inScope, indicator.met])
      expect(row[5] ?? null).toBe(indicator.share)
    }
    const radioAt = body.indicators.findIndex((i) => i.indicatorId === String(radioIndicator))
    const radio = book.worksheets[1 + radioAt]!
    const a1 = rowsOf(radio).find((row) => String(row[0]).trim() === 'UBND xã A1')!
    const a1Cell = cell(body, tree.communeA1, radioIndicator)!
    expect(a1.slice(2, 4)).toEqual([
      (a1Cell.evidence as { confirmed: number }).confirmed,
      (a1Cell.evidence as { required: number }).required,
    ])
    expect(a1[6]).toBe('Đạt')
    expect(radio.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 })
    expect(radio.autoFilter).toBeTruthy()

    const bytes = Buffer.from(
      await (
        await app.rest(
          'GET',
          `/campaign-plans/${planId}/compliance/export?format=csv&period=${Q1}`,
          { token: token['editor@test.vn'] },
        )
      ).arrayBuffer(),
    )
    // A byte-order mark first, so spreadsheet programs read the Vietnamese as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const csv = bytes.subarray(3).toString('utf8')
    expect(csv.startsWith('Đơn vị,')).toBe(true)
    const line = csv.split('\r\n').find((l) => l.trim().startsWith('UBND xã A1'))!
    expect(line.split(',')[1 + radioAt]).toBe('Đạt')
  })
})
