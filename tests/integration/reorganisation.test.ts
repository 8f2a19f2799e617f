import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { slugs } from '@/platform/slugs'
import type { Scorecard } from '@/modules/campaigns/compliance/scorecard'
import { dispatchPublic } from '@/modules/delivery/registry'
import { createUser, PASSWORD } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'

let app: TestApp
let adminToken: string
const sys = { overrideAccess: true, depth: 0 } as const
const ids = {
  province: 0,
  x: 0,
  y: 0,
  z: 0,
  zCentre: 0,
  reporterX: 0,
  reporterY: 0,
  plan: 0,
  radio: 0,
  stationX: 0,
  segmentX: 0,
}
let feedOfX: string

/** A unit as the admin creates it; units of these tests operated since before the records. */
const unit = async (name: string, code: string, level: string, parent?: number, extra = {}) =>
  (
    await app.payload.create({
      collection: slugs.units,
      // Test data as the admin form sends it.
      data: { name, code, level, parent, validFrom: null, ...extra } as never,
      ...sys,
    })
  ).id as number

const byCode = async (code: string) =>
  (await app.payload.find({ collection: slugs.units, where: { code: { equals: code } }, ...sys }))
    .docs[0]!

const reorganize = async (body: Record<string, unknown>, headers: Record<string, string> = {}) => {
  const res = await app.rest('POST', '/units/reorganize', { token: adminToken, body, headers })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

/** Everything a reorganisation could touch, to compare before and after a refused one. */
const snapshot = async () => ({
  units: (await app.payload.find({ collection: slugs.units, pagination: false, ...sys })).docs.map(
    ({ updatedAt: _u, ...u }) => u,
  ),
  users: (await app.payload.find({ collection: slugs.users, pagination: false, ...sys })).docs.map(
    (u) => [u.email, u.unit, u.unitHistory],
  ),
  lineage: (await app.payload.count({ collection: slugs.unitLineage, overrideAccess: true }))
    .totalDocs,
  outlets: (await app.payload.find({ collection: slugs.outlets, pagination: false, ...sys })).docs
    .length,
  items: (
    await app.payload.find({ collection: slugs.broadcastItems, pagination: false, ...sys })
  ).docs.map((i) => [i.id, i.outlet, i.repeatUntil]),
})

const scorecard = async (period: string, view = '') => {
  const res = await app.rest(
    'GET',
    `/campaign-plans/${ids.plan}/compliance?period=${period}${view}`,
    { token: adminToken },
  )
  expect(res.status).toBe(200)
  return (await res.json()) as Scorecard
}

beforeAll(async () => {
  app = await startTestApp()
  ids.province = await unit('UBND tỉnh Thử Nghiệm', 'TN', 'province')
  ids.x = await unit('UBND xã X', 'TN-X', 'commune', ids.province, { hasRadioStation: true })
  ids.y = await unit('UBND xã Y', 'TN-Y', 'commune', ids.province, { hasRadioStation: true })
  ids.z = await unit('UBND xã Z', 'TN-Z', 'commune', ids.province)
  ids.zCentre = await unit('Trung tâm xã Z', 'TN-Z-TT', 'communeUnit', ids.z)
  await createUser(app.payload, 'admin@test.vn', ['admin'], null)
  adminToken = await app.login('admin@test.vn', PASSWORD)
  ids.reporterX = (await createUser(app.payload, 'baocao.x@test.vn', ['reporter'], ids.x))
    .id as number
  ids.reporterY = (await createUser(app.payload, 'baocao.y@test.vn', ['reporter'], ids.y))
    .id as number

  ids.plan = (
    await app.payload.create({
      collection: slugs.campaignPlans,
      data: {
        number: '5/KH-UBND',
        title: 'Kế hoạch tuyên truyền CCHC năm 2026',
        issuingUnit: ids.province,
        issueDate: '2026-01-10',
        year: 2026,
        participatingRoot: ids.province,
        reportingLevels: ['commune'],
        reportDeadlines: [
          { period: 'Q2', deadline: '2026-07-10T17:00:00+07:00' },
          { period: 'Q3', deadline: '2026-10-10T17:00:00+07:00' },
        ],
      },
      ...sys,
    })
  ).id as number
  ids.radio = (
    await app.payload.create({
      collection: slugs.targetIndicators,
      data: {
        plan: ids.plan,
        title: '100% trạm truyền thanh cơ sở phát chuyên mục CCHC',
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
  // Commune X's station airs every Monday all year; it confirmed three airings in June and one in July.
  ids.stationX = (
    await app.payload.create({
      collection: slugs.outlets,
      data: {
        name: 'Trạm truyền thanh xã X',
        kind: 'communeStation',
        channels: ['communeRadio'],
        unit: ids.x,
      },
      ...sys,
    })
  ).id as number
  ids.segmentX = (
    await app.payload.create({
      collection: slugs.broadcastItems,
      data: {
        title: 'Chuyên mục CCHC xã X',
        outlet: ids.stationX,
        channel: 'communeRadio',
        start: '2026-01-05T06:30:00+07:00',
        durationMinutes: 15,
        recurrence: 'weeklyMonday',
        repeatUntil: '2026-12-31T23:59:00+07:00',
      },
      ...sys,
    })
  ).id as number
  for (const day of ['2026-06-08', '2026-06-15', '2026-06-22', '2026-07-06'])
    await app.payload.create({
      collection: slugs.airings,
      data: {
        item: ids.segmentX,
        occurrenceAt: `${day}T06:30:00+07:00`,
        status: 'confirmed',
        airedAt: `${day}T06:30:00+07:00`,
      },
      ...sys,
    })
  for (const commune of [ids.x, ids.y, ids.z])
    await app.payload.create({
      collection: slugs.unitReports,
      data: {
        plan: ids.plan,
        unit: commune,
        period: 'Q2',
        status: 'submitted',
        firstSubmittedAt: '2026-07-08T10:00:00+07:00',
      },
      ...sys,
    })
  const token = await app.rest('POST', `/units/${ids.x}/calendar-token`, { token: adminToken })
  feedOfX = ((await token.json()) as { feeds: { deadlines: string } }).feeds.deadlines
})
afterAll(async () => app?.destroy())

describe('a reorganisation, refused', () => {
  it('should change nothing when the dates overlap, a source is closed or a target sits under a closed unit, and say why in Vietnamese or English', async () => {
    const before = await snapshot()
    const bad = await reorganize({
      kind: 'merge',
      sources: ['TN-X', 'TN-Y', 'TN-NOPE'],
      targets: [{ name: 'Xã mới', code: 'TN-NEW', parent: 'TN-Z' }],
      effectiveDate: '2026-07-01',
    })
    expect(bad.status).toBe(400)
    const message = (bad.body as { errors: { message: string }[] }).errors[0]!.message
    expect(message).toContain('không có gì thay đổi')
    expect(message).toContain('Không tìm thấy đơn vị nguồn có mã "TN-NOPE"')
    expect(message).toContain('không thể trực thuộc')

    const english = await reorganize(
      {
        kind: 'split',
        sources: ['TN-X'],
        targets: [{ name: 'A', code: 'A1' }],
        effectiveDate: '2026-07-01',
      },
      { 'Accept-Language': 'en' },
    )
    expect(english.status).toBe(400)
    expect(JSON.stringify(english.body)).toContain('A split needs at least two target units')
    expect((await reorganize({ kind: 'merge' })).status).toBe(400)
    const malformed = await app.rest('POST', '/units/reorganize', {
      token: adminToken,
      body: 'không phải JSON',
      headers: { 'Content-Type': 'application/json' },
    })
    expect(malformed.status).toBe(400)
    expect(await snapshot()).toEqual(before)
  })

  it('should be for admins only', async () => {
    await createUser(app.payload, 'editor@test.vn', ['editor'], ids.province)
    const editor = await app.login('editor@test.vn', PASSWORD)
    const res = await app.rest('POST', '/units/reorganize', {
      token: editor,
      body: {
        kind: 'merge',
        sources: ['TN-X', 'TN-Y'],
        targets: [{ name: 'X', code: 'XY' }],
        effectiveDate: '2026-07-01',
      },
    })
    expect(res.status).toBe(403)
  })
})

describe('three communes merged into one on 1 July 2026', () => {
  const merge = {
    kind: 'merge',
    sources: ['TN-X', 'TN-Y', 'TN-Z'],
    targets: [{ name: 'UBND xã XYZ', code: 'TN-XYZ', type: 'xa' }],
    effectiveDate: '2026-07-01',
  }

  it('should list in a dry run what would close, open and move, and change nothing', async () => {
    const before = await snapshot()
    const { status, body } = await reorganize({ ...merge, dryRun: true })
    expect(status).toBe(200)
    expect(body).toMatchObject({
      ok: true,
      dryRun: true,
      closeOn: '2026-06-30',
      sources: [{ code: 'TN-X' }, { code: 'TN-Y' }, { code: 'TN-Z' }],
      targets: [{ code: 'TN-XYZ', name: 'UBND xã XYZ', existing: false }],
      reorganisation: null,
    })
    const moves = (body.moves as { groupLabel: string; label: string; to: string }[]).map(
      (m) => `${m.groupLabel}: ${m.label} → ${m.to}`,
    )
    expect(moves).toEqual([
      'Đơn vị trực thuộc: Trung tâm xã Z → UBND xã XYZ',
      'Người dùng: baocao.x <baocao.x@test.vn> → UBND xã XYZ',
      'Người dùng: baocao.y <baocao.y@test.vn> → UBND xã XYZ',
      'Mã lịch: Mã lịch (UBND xã X) → UBND xã XYZ',
      'Đài, báo, trạm truyền thanh: Trạm truyền thanh xã X (1 mục lịch phát từ 01/07/2026) → UBND xã XYZ',
    ])
    expect(await snapshot()).toEqual(before)
  })

  it('should close the communes the day before, open the new one, move people, sub-units, the station and its coming broadcasts, and keep reports and airings where they were made', async () => {
    const q2Before = await scorecard('2026-Q2')
    const { status, body } = await reorganize(merge)
    expect(status).toBe(200)
    expect(body.reorganisation).toBeTruthy()

    const xyz = await byCode('TN-XYZ')
    expect(xyz).toMatchObject({
      validFrom: '2026-07-01T12:00:00.000Z',
      validTo: null,
      parent: ids.province,
      type: 'xa',
    })
    for (const code of ['TN-X', 'TN-Y', 'TN-Z'])
      expect((await byCode(code)).validTo).toBe('2026-06-30T12:00:00.000Z')
    // The sub-unit now sits under the new commune; before the date it sat under Z.
    const centre = await byCode('TN-Z-TT')
    expect(centre.parent).toBe(xyz.id)
    expect(centre.formerParents).toEqual([
      expect.objectContaining({ parent: ids.z, until: '2026-06-30T12:00:00.000Z' }),
    ])

    // People follow their unit, with a line saying when and why.
    const reporter = await app.payload.findByID({
      collection: slugs.users,
      id: ids.reporterX,
      ...sys,
    })
    expect(reporter.unit).toBe(xyz.id)
    expect(reporter.unitHistory).toEqual([
      expect.objectContaining({
        unit: ids.x,
        until: '2026-06-30T12:00:00.000Z',
        movedTo: xyz.id,
        reason: 'merge',
        reorganisation: Number(body.reorganisation),
      }),
    ])

    // The station is kept for its history and carried on by a record of the new commune.
    const { docs: outlets } = await app.payload.find({
      collection: slugs.outlets,
      pagination: false,
      ...sys,
    })
    const carried = outlets.find((o) => o.continues === ids.stationX)!
    expect(carried).toMatchObject({ unit: xyz.id, name: 'Trạm truyền thanh xã X' })
    expect(outlets.find((o) => o.id === ids.stationX)).toMatchObject({ unit: ids.x, active: false })
    const segment = await app.payload.findByID({
      collection: slugs.broadcastItems,
      id: ids.segmentX,
      ...sys,
    })
    expect(segment.repeatUntil).toBe('2026-06-30T16:59:59.999Z')
    const { docs: continued } = await app.payload.find({
      collection: slugs.broadcastItems,
      where: { outlet: { equals: carried.id } },
      ...sys,
    })
    expect(continued).toHaveLength(1)
    expect(continued[0]).toMatchObject({ start: '2026-07-05T23:30:00.000Z', unit: xyz.id })
    // June's airings stay with X's segment; July's moved with the segment it belongs to.
    const { docs: airings } = await app.payload.find({
      collection: slugs.airings,
      pagination: false,
      ...sys,
    })
    expect(airings.filter((a) => a.item === ids.segmentX)).toHaveLength(3)
    expect(airings.filter((a) => a.item === continued[0]!.id)).toHaveLength(1)

    // The finished quarter is judged as it was organised: unchanged. (Its chart of the year's
    // quarters now shows Q3 on the merged commune, a fact about Q3.)
    const q2After = await scorecard('2026-Q2')
    expect({ ...q2After, history: q2After.history.slice(0, 2) }).toEqual({
      ...q2Before,
      history: q2Before.history.slice(0, 2),
    })
    expect(xyz.hasRadioStation).toBe(true)
    // The lineage links each commune to its successor.
    const { docs: links } = await app.payload.find({
      collection: slugs.unitLineage,
      where: { successor: { equals: xyz.id } },
      ...sys,
    })
    expect(links.map((l) => l.predecessor).sort()).toEqual([ids.x, ids.y, ids.z].sort())
  })

  it('should judge Q2 on the three communes and Q3 on the merged one, and map Q2 onto today', async () => {
    const xyz = await byCode('TN-XYZ')
    await app.payload.create({
      collection: slugs.unitReports,
      data: {
        plan: ids.plan,
        unit: xyz.id,
        period: 'Q3',
        status: 'submitted',
        firstSubmittedAt: '2026-10-05T10:00:00+07:00',
      },
      ...sys,
    })
    const q2 = await scorecard('2026-Q2')
    expect(q2.units.map((u) => u.name)).toEqual([
      'UBND tỉnh Thử Nghiệm',
      'UBND xã X',
      'UBND xã Y',
      'UBND xã Z',
      'Trung tâm xã Z',
    ])
    expect(q2.indicators[0]).toMatchObject({ inScope: 2, met: 1 })
    expect(q2.timeliness.byUnit).toEqual({
      [String(ids.x)]: 'onTime',
      [String(ids.y)]: 'onTime',
      [String(ids.z)]: 'onTime',
    })
    const q3 = await scorecard('2026-Q3')
    expect(q3.units.map((u) => u.name)).toEqual([
      'UBND tỉnh Thử Nghiệm',
      'UBND xã XYZ',
      'Trung tâm xã Z',
    ])
    expect(q3.timeliness.byUnit).toEqual({ [String(xyz.id)]: 'onTime' })

    const mapped = await scorecard('2026-Q2', '&view=today')
    expect(mapped.view).toBe('today')
    expect(mapped.indicators).toEqual(q2.indicators)
    const row = mapped.mapped!.rows.find((r) => r.unitId === String(xyz.id))!
    expect(row.fromNames.sort()).toEqual(['UBND xã X', 'UBND xã Y', 'UBND xã Z'])
    expect(row.cells[0]).toMatchObject({ inScope: 2, met: 1 })
    expect(row.timeliness).toEqual({ onTime: 3 })
  })

  it("should answer a closed commune's code with its successor in the public API, and today's units by default", async () => {
    const get = async (query: string) => {
      const res = await dispatchPublic(
        app.payload,
        new Request(`http://localhost:3000/api/public/v1/units${query}`),
      )
      return ((await res.json()) as { items: { code: string; successorOf: string | null }[] }).items
    }
    expect((await get('')).map((u) => u.code)).toEqual(['TN', 'TN-XYZ', 'TN-Z-TT'])
    expect((await get('?at=2026-06-30')).map((u) => u.code)).toEqual([
      'TN',
      'TN-X',
      'TN-Y',
      'TN-Z',
      'TN-Z-TT',
    ])
    expect(await get('?code=tn-x')).toEqual([
      expect.objectContaining({ code: 'TN-XYZ', successorOf: 'TN-X' }),
    ])
    expect(await get('?code=TN-X&at=2026-06-01')).toEqual([
      expect.objectContaining({ code: 'TN-X', successorOf: null }),
    ])
    expect((await get('?parent=TN-Z')).map((u) => u.code)).toEqual(['TN-Z-TT'])
  })

  it("should keep a calendar subscription made with the old commune's code and token working", async () => {
    const res = await dispatchPublic(app.payload, new Request(feedOfX))
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('UBND xã XYZ')
  })
})

describe('a split and a province merger', () => {
  it('should split a commune only with a rule for where each thing goes, then follow it', async () => {
    const s = await unit('UBND xã S', 'TN-S', 'commune', ids.province)
    await createUser(app.payload, 's1@test.vn', ['reporter'], s)
    await createUser(app.payload, 's2@test.vn', ['reporter'], s)
    const split = {
      kind: 'split',
      sources: ['TN-S'],
      targets: [
        { name: 'UBND xã S Bắc', code: 'TN-SB' },
        { name: 'UBND xã S Nam', code: 'TN-SN' },
      ],
      effectiveDate: '2026-10-01',
    }
    const before = await snapshot()
    const refused = await reorganize(split)
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain(
      'chưa có quy tắc cho: s1 <s1@test.vn>, s2 <s2@test.vn>',
    )
    expect(await snapshot()).toEqual(before)

    const done = await reorganize({
      ...split,
      assign: { default: 'TN-SB', users: { 's2@test.vn': 'TN-SN' } },
    })
    expect(done.status).toBe(200)
    const users = (
      await app.payload.find({
        collection: slugs.users,
        where: { email: { in: ['s1@test.vn', 's2@test.vn'] } },
        sort: 'email',
        ...sys,
      })
    ).docs
    expect(users.map((u) => u.unit)).toEqual([
      (await byCode('TN-SB')).id,
      (await byCode('TN-SN')).id,
    ])
    expect(users[1]!.unitHistory![0]).toMatchObject({ reason: 'split', unit: s })
    expect((await byCode('TN-S')).validTo).toBe('2026-09-30T12:00:00.000Z')
  })

  it('should merge two provinces: their communes move under the new one, earlier periods still see them where they were', async () => {
    const p = await unit('UBND tỉnh P', 'P', 'province', undefined, { type: 'tinh' })
    const q = await unit('UBND tỉnh Q', 'Q', 'province', undefined, { type: 'tinh' })
    const pCommune = await unit('UBND xã P1', 'P-1', 'commune', p, { hasRadioStation: true })
    const qCommune = await unit('UBND xã Q1', 'Q-1', 'commune', q, { hasRadioStation: true })
    const plan = await app.payload.create({
      collection: slugs.campaignPlans,
      data: {
        number: '1/KH-P',
        title: 'Kế hoạch tỉnh P',
        issuingUnit: p,
        issueDate: '2026-01-05',
        year: 2026,
        participatingRoot: p,
      },
      ...sys,
    })
    await app.payload.create({
      collection: slugs.targetIndicators,
      data: {
        plan: plan.id,
        title: 'Trạm truyền thanh xã',
        scopeLevels: ['commune'],
        scopeRequires: ['radioStation'],
        ruleKind: 'broadcastCount',
        channel: 'communeRadio',
        minCount: 1,
        targetShare: 100,
      },
      ...sys,
    })
    const card = async (period: string) =>
      (await (
        await app.rest('GET', `/campaign-plans/${plan.id}/compliance?period=${period}`, {
          token: adminToken,
        })
      ).json()) as Scorecard
    const q2Before = await card('2026-Q2')
    expect(q2Before.units.map((u) => u.name)).toEqual(['UBND tỉnh P', 'UBND xã P1'])

    const { status } = await reorganize({
      kind: 'merge',
      sources: ['P', 'Q'],
      targets: [{ name: 'UBND tỉnh PQ', code: 'PQ', level: 'province', type: 'tinh', parent: '' }],
      effectiveDate: '2026-07-01',
    })
    expect(status).toBe(200)
    const pq = await byCode('PQ')
    for (const [id, old] of [
      [pCommune, p],
      [qCommune, q],
    ] as const) {
      const commune = await app.payload.findByID({ collection: slugs.units, id, ...sys })
      expect(commune.parent).toBe(pq.id)
      expect(commune.validTo).toBeNull()
      expect(commune.formerParents).toEqual([
        expect.objectContaining({ parent: old, until: '2026-06-30T12:00:00.000Z' }),
      ])
      expect(commune.breadcrumbs?.map((b) => b.label)[0]).toBe('UBND tỉnh PQ')
    }
    // Q2 of province P's plan is unchanged; from Q3 the communes belong to PQ, outside that plan.
    const q2After = await card('2026-Q2')
    expect({ ...q2After, history: [] }).toEqual({ ...q2Before, history: [] })
    expect((await card('2026-Q3')).indicators[0]!.inScope).toBe(0)
  })
})
