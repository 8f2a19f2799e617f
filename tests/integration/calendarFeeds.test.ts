import { TZDate } from '@date-fns/tz'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { slugs } from '@/platform/slugs'
import { dispatchPublic } from '@/modules/delivery/registry'
import { createTree, createUser, PASSWORD, type Tree } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'
import nodeIcal, { type VAlarm, type VEvent as ParsedEvent } from 'node-ical'

let app: TestApp
let tree: Tree
const token: Record<string, string> = {}
const ids: Record<string, number> = {}
const sys = { overrideAccess: true, depth: 0 } as const
const ZONE = 'Asia/Ho_Chi_Minh'

type Feeds = { broadcasts: string; deadlines: string }
type VEvent = ParsedEvent & {
  end: Date
  alarms?: (VAlarm & { trigger: string; description: string })[]
}

/** What a calendar app does: fetch the feed address (here through the public routes' dispatcher). */
const fetchFeed = (url: string) => dispatchPublic(app.payload, new Request(url))
const feedUrl = (name: 'broadcasts' | 'deadlines', params: Record<string, string>) =>
  `http://localhost:3000/feeds/${name}.ics?${new URLSearchParams(params)}`

/** The events of a feed, read by an independent parser (node-ical), keyed by UID. */
const events = async (res: Response): Promise<Record<string, VEvent>> => {
  expect(res.status).toBe(200)
  const parsed = nodeIcal.sync.parseICS(await res.text())
  return Object.fromEntries(
    Object.values(parsed)
      .filter((c): c is VEvent => c?.type === 'VEVENT')
      .map((e) => [e.uid, e]),
  )
}

const issue = async (unitId: number, as: string): Promise<Response> =>
  app.rest('POST', `/units/${unitId}/calendar-token`, { token: token[as] })
const issueFeeds = async (unitId: number, as = 'editor@test.vn'): Promise<Feeds> => {
  const res = await issue(unitId, as)
  expect(res.status).toBe(201)
  return ((await res.json()) as { feeds: Feeds }).feeds
}
const tokenOf = (feeds: Feeds) => new URL(feeds.broadcasts).searchParams.get('token')!
const localTime = (instant: Date) => {
  const d = new TZDate(instant.getTime(), ZONE)
  return { weekday: d.getDay(), hour: d.getHours(), minute: d.getMinutes() }
}

beforeAll(async () => {
  app = await startTestApp()
  tree = await createTree(app.payload)
  await app.payload.update({
    collection: slugs.units,
    id: tree.communeA1,
    data: { contactEmails: [{ email: 'vanphong@a1.test.vn' }] },
    ...sys,
  })
  await createUser(app.payload, 'admin@test.vn', ['admin'], null)
  await createUser(app.payload, 'editor@test.vn', ['editor'], tree.province)
  await createUser(app.payload, 'editor.b@test.vn', ['editor'], tree.communeB1)
  await createUser(app.payload, 'reporter.a1@test.vn', ['reporter'], tree.communeA1)
  await createUser(app.payload, 'viewer.a@test.vn', ['viewer'], tree.province)
  for (const email of [
    'admin@test.vn',
    'editor@test.vn',
    'editor.b@test.vn',
    'reporter.a1@test.vn',
    'viewer.a@test.vn',
  ])
    token[email] = await app.login(email, PASSWORD)

  const outlet = async (name: string, kind: string, channels: string[], unit: number) =>
    (
      await app.payload.create({
        collection: slugs.outlets,
        data: { name, kind, channels, unit } as never,
        ...sys,
      })
    ).id as number
  ids.stationA1 = await outlet(
    'Trạm truyền thanh xã A1',
    'communeStation',
    ['communeRadio'],
    tree.communeA1,
  )
  ids.portalA1 = await outlet('Trang thông tin điện tử xã A1', 'portal', ['online'], tree.communeA1)
  ids.stationB1 = await outlet(
    'Trạm truyền thanh xã B1',
    'communeStation',
    ['communeRadio'],
    tree.communeB1,
  )

  const item = async (data: Record<string, unknown>) =>
    (await app.payload.create({ collection: slugs.broadcastItems, data: data as never, ...sys }))
      .id as number
  // 5 January 2099 is a Monday.
  ids.weekly = await item({
    title: 'Chuyên mục CCHC hằng tuần',
    outlet: ids.stationA1,
    channel: 'communeRadio',
    start: '2099-01-05T06:30:00+07:00',
    durationMinutes: 15,
    recurrence: 'weeklyMonday',
    repeatUntil: '2099-03-31T00:00:00+07:00',
  })
  ids.oneOff = await item({
    title: 'Tọa đàm dịch vụ công trực tuyến',
    outlet: ids.stationA1,
    channel: 'communeRadio',
    start: '2099-02-10T20:00:00+07:00',
    durationMinutes: 30,
  })
  ids.portalPost = await item({
    title: 'Bản tin CCHC trên trang xã',
    outlet: ids.portalA1,
    channel: 'online',
    start: '2099-02-12T08:00:00+07:00',
    durationMinutes: 5,
  })
  ids.otherUnit = await item({
    title: 'Chuyên mục của xã B1',
    outlet: ids.stationB1,
    channel: 'communeRadio',
    start: '2099-01-05T06:30:00+07:00',
    durationMinutes: 15,
    recurrence: 'weeklyMonday',
  })
  ids.longAgo = await item({
    title: 'Buổi phát năm 2020',
    outlet: ids.stationA1,
    channel: 'communeRadio',
    start: '2020-03-02T06:30:00+07:00',
    durationMinutes: 15,
  })

  const plan = async (number: string, data: Record<string, unknown>) =>
    (
      await app.payload.create({
        collection: slugs.campaignPlans,
        data: {
          number,
          title: `Kế hoạch ${number}`,
          issuingUnit: tree.province,
          issueDate: '2098-12-20T00:00:00.000Z',
          year: 2099,
          participatingRoot: tree.province,
          ...data,
        } as never,
        ...sys,
      })
    ).id as number
  ids.planAll = await plan('15/KH-UBND', {
    reportDeadlines: [
      { period: 'Q3', deadline: '2099-10-10T17:00:00+07:00' },
      { period: 'Y', deadline: '2100-01-15T17:00:00+07:00' },
    ],
  })
  ids.planExcluding = await plan('16/KH-UBND', {
    excludedUnits: [tree.communeA1],
    reportDeadlines: [{ period: 'Q2', deadline: '2099-07-10T17:00:00+07:00' }],
  })
  ids.planDepartments = await plan('17/KH-UBND', {
    reportingLevels: ['department'],
    reportDeadlines: [{ period: 'H1', deadline: '2099-07-15T17:00:00+07:00' }],
  })
  ids.planOtherTree = await plan('18/KH-UBND', {
    participatingRoot: tree.communeB1,
    reportDeadlines: [{ period: 'Q1', deadline: '2099-04-10T17:00:00+07:00' }],
  })
})
afterAll(async () => app?.destroy())

describe('calendar token endpoints', () => {
  it('should refuse reporters, viewers and editors of another subtree, in Vietnamese or English', async () => {
    for (const as of ['reporter.a1@test.vn', 'viewer.a@test.vn', 'editor.b@test.vn']) {
      for (const method of ['GET', 'POST', 'DELETE']) {
        const res = await app.rest(method, `/units/${tree.communeA1}/calendar-token`, {
          token: token[as],
        })
        expect(res.status).toBe(403)
        expect(((await res.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe(
          'Bạn không có quyền thực hiện thao tác này.',
        )
      }
    }
    const english = await app.rest('POST', `/units/${tree.communeA1}/calendar-token`, {
      token: token['reporter.a1@test.vn'],
      headers: { 'Accept-Language': 'en' },
    })
    expect(((await english.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe(
      'You are not allowed to do this.',
    )
    expect((await app.rest('POST', `/units/${tree.communeA1}/calendar-token`)).status).toBe(401)
    // The editor of ward B1 manages B1, not A1.
    expect((await issue(tree.communeB1, 'editor.b@test.vn')).status).toBe(201)
  })

  it('should show the token fields to admins and editors of the subtree only', async () => {
    await issueFeeds(tree.communeA2)
    const read = async (as: string) =>
      (await (
        await app.rest('GET', `/units/${tree.communeA2}?depth=0`, { token: token[as] })
      ).json()) as Record<string, unknown>
    await expect(read('editor@test.vn')).resolves.toHaveProperty('calendarTokenHash')
    await expect(read('admin@test.vn')).resolves.toHaveProperty('calendarTokenIssuedAt')
    const viewer = await read('viewer.a@test.vn')
    expect(viewer.name).toBe('UBND xã A2')
    expect(viewer).not.toHaveProperty('calendarTokenHash')
    expect(viewer).not.toHaveProperty('calendarTokenIssuedAt')
    // Nobody sets a token through an ordinary update.
    await app.rest('PATCH', `/units/${tree.communeA2}`, {
      token: token['admin@test.vn'],
      body: { calendarTokenHash: 'f'.repeat(64) },
    })
    expect((await read('admin@test.vn')).calendarTokenHash).not.toBe('f'.repeat(64))
  })

  it('should issue a long URL-safe token once and store only its hash, leaving the rest of the unit untouched', async () => {
    const read = (id: number) => app.payload.findByID({ collection: slugs.units, id, ...sys })
    const [communeBefore, centreBefore] = [await read(tree.communeA1), await read(tree.centreA1)]
    const res = await issue(tree.communeA1, 'admin@test.vn')
    expect(res.status).toBe(201)
    const body = (await res.json()) as { active: boolean; issuedAt: string; feeds: Feeds }
    expect(body.active).toBe(true)
    expect(body.feeds.broadcasts).toMatch(
      /^http:\/\/localhost:3000\/feeds\/broadcasts\.ics\?unit=TN-A1&token=[A-Za-z0-9_-]{43}$/,
    )
    expect(body.feeds.deadlines).toBe(
      body.feeds.broadcasts.replace('broadcasts.ics', 'deadlines.ics'),
    )
    const stored = await read(tree.communeA1)
    expect(stored.calendarTokenHash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(stored)).not.toContain(tokenOf(body.feeds))
    // Writing the token re-saves nothing else: the unit keeps its fields and lineage, the units below it are not touched.
    const { calendarTokenHash: _hash, calendarTokenIssuedAt: _at, updatedAt: _u, ...rest } = stored
    const {
      calendarTokenHash: _h,
      calendarTokenIssuedAt: _a,
      updatedAt: _ub,
      ...restBefore
    } = communeBefore
    expect(rest).toEqual(restBefore)
    expect(stored.breadcrumbs).toHaveLength(2)
    expect(stored.contactEmails?.[0]?.email).toBe('vanphong@a1.test.vn')
    expect(await read(tree.centreA1)).toEqual(centreBefore)
    const state = (await (
      await app.rest('GET', `/units/${tree.communeA1}/calendar-token`, {
        token: token['editor@test.vn'],
      })
    ).json()) as Record<string, unknown>
    expect(state).toEqual({ active: true, issuedAt: body.issuedAt })
  })
})

describe('broadcast feed', () => {
  let feeds: Feeds
  beforeAll(async () => {
    feeds = await issueFeeds(tree.communeA1)
  })

  it('should answer text/calendar that nothing caches', async () => {
    const res = await fetchFeed(feeds.broadcasts)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    const text = await res.text()
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh')
    expect(text).toContain('DTSTART;TZID=Asia/Ho_Chi_Minh:20990105T063000')
  })

  it("should hold the unit's own items only, a weekly segment as one repeating event at 06:30 Vietnam time", async () => {
    const byUid = await events(await fetchFeed(feeds.broadcasts))
    expect(Object.keys(byUid).sort()).toEqual(
      [
        `item-${ids.oneOff}@localhost`,
        `item-${ids.portalPost}@localhost`,
        `item-${ids.weekly}@localhost`,
      ].sort(),
    )

    const weekly = byUid[`item-${ids.weekly}@localhost`]!
    expect(weekly.summary).toBe('Chuyên mục CCHC hằng tuần')
    expect(String(weekly.description)).toContain('Kênh: Truyền thanh cơ sở')
    expect(String(weekly.description)).toContain('Trạm truyền thanh xã A1')
    expect(weekly.start.tz).toBe(ZONE)
    expect(weekly.start.toISOString()).toBe('2099-01-04T23:30:00.000Z')
    expect(weekly.end.getTime() - weekly.start.getTime()).toBe(15 * 60_000)
    expect(weekly.rrule).toBeDefined()
    const rule = weekly.rrule!
    expect(rule.toString()).toContain('FREQ=WEEKLY')
    expect(rule.toString()).toContain('BYDAY=MO')
    expect(rule.toString()).toContain('UNTIL=20990330T170000Z')
    const airings = rule.between(
      new Date('2099-01-01T00:00:00Z'),
      new Date('2099-12-31T00:00:00Z'),
      true,
    )
    expect(airings).toHaveLength(13)
    for (const at of airings) expect(localTime(at)).toEqual({ weekday: 1, hour: 6, minute: 30 })
    expect(localTime(airings.at(-1)!)).toEqual({ weekday: 1, hour: 6, minute: 30 })
    expect(airings.at(-1)!.toISOString()).toBe('2099-03-29T23:30:00.000Z')

    const oneOff = byUid[`item-${ids.oneOff}@localhost`]!
    expect(oneOff.rrule).toBeUndefined()
    expect(oneOff.start.toISOString()).toBe(new Date('2099-02-10T20:00:00+07:00').toISOString())
    expect(oneOff.end.toISOString()).toBe(new Date('2099-02-10T20:30:00+07:00').toISOString())
    // iCalendar times have whole seconds.
    const updated =
      Math.floor(
        Date.parse(
          (
            await app.payload.findByID({
              collection: slugs.broadcastItems,
              id: ids.oneOff!,
              ...sys,
            })
          ).updatedAt,
        ) / 1000,
      ) * 1000
    expect(oneOff.lastmodified?.getTime()).toBe(updated)
    expect(oneOff.dtstamp?.getTime()).toBe(updated)
  })

  it('should narrow to one of its outlets, and answer 404 for an outlet of another unit', async () => {
    const params = Object.fromEntries(new URL(feeds.broadcasts).searchParams)
    const portalOnly = await events(
      await fetchFeed(feedUrl('broadcasts', { ...params, outlet: String(ids.portalA1) })),
    )
    expect(Object.keys(portalOnly)).toEqual([`item-${ids.portalPost}@localhost`])
    const foreign = await fetchFeed(
      feedUrl('broadcasts', { ...params, outlet: String(ids.stationB1) }),
    )
    expect(foreign.status).toBe(404)
    expect(await foreign.text()).toBe(
      await (await fetchFeed(feedUrl('broadcasts', { unit: 'TN-A1', token: 'x' }))).text(),
    )
  })

  it('should give the same UIDs and bytes on every fetch', async () => {
    const first = await (await fetchFeed(feeds.broadcasts)).text()
    const second = await (await fetchFeed(feeds.broadcasts)).text()
    expect(second).toBe(first)
    const uids = (text: string) =>
      Object.keys(nodeIcal.sync.parseICS(text))
        .filter((k) => k.startsWith('item-'))
        .sort()
    expect(uids(second)).toEqual(uids(first))
    expect(uids(first)).toHaveLength(3)
  })
})

describe('report deadline feed', () => {
  it('should hold a dated event per deadline of the plans the unit reports to, with a reminder 3 days before', async () => {
    const feeds = await issueFeeds(tree.communeA1)
    const byUid = await events(await fetchFeed(feeds.deadlines))
    const q3 = `deadline-${ids.planAll}-2099-Q3@localhost`
    const year = `deadline-${ids.planAll}-2099-Y@localhost`
    expect(Object.keys(byUid).sort()).toEqual([q3, year].sort())
    expect(byUid[q3]!.summary).toBe('Hạn báo cáo Quý III/2099 – 15/KH-UBND')
    expect(byUid[year]!.summary).toBe('Hạn báo cáo Năm 2099 – 15/KH-UBND')
    expect(byUid[q3]!.start.toISOString()).toBe(new Date('2099-10-10T17:00:00+07:00').toISOString())
    expect(localTime(byUid[q3]!.start)).toMatchObject({ hour: 17, minute: 0 })
    for (const event of Object.values(byUid)) {
      expect(event.alarms).toHaveLength(1)
      expect(event.alarms![0]).toMatchObject({ action: 'DISPLAY', trigger: '-P3D' })
      expect(event.alarms![0]!.description).toContain('Còn 3 ngày')
    }
  })

  it("should follow the plans' reporting levels and exclusions for a department", async () => {
    const feeds = await issueFeeds(tree.department)
    const uids = Object.keys(await events(await fetchFeed(feeds.deadlines))).sort()
    // Plan 17 asks departments only; plan 16 excludes commune A1, not the department; plan 18
    // covers ward B1's tree only.
    expect(uids).toEqual(
      [
        `deadline-${ids.planAll}-2099-Q3@localhost`,
        `deadline-${ids.planAll}-2099-Y@localhost`,
        `deadline-${ids.planExcluding}-2099-Q2@localhost`,
        `deadline-${ids.planDepartments}-2099-H1@localhost`,
      ].sort(),
    )
  })
})

describe('feed tokens', () => {
  it('should answer a wrong, missing or revoked token, or an unknown unit, with the same plain 404', async () => {
    const feeds = await issueFeeds(tree.communeA1)
    const real = tokenOf(feeds)
    const answers = await Promise.all(
      [
        feedUrl('broadcasts', {
          unit: 'TN-A1',
          token: `${real.slice(0, -1)}${real.endsWith('A') ? 'B' : 'A'}`,
        }),
        feedUrl('deadlines', { unit: 'TN-A1', token: 'wrong' }),
        feedUrl('broadcasts', { unit: 'TN-A1' }),
        feedUrl('broadcasts', { unit: 'KHONG-CO', token: real }),
        feedUrl('deadlines', { token: real }),
        feedUrl('broadcasts', { unit: 'TN-A2', token: real }),
      ].map(async (url) => {
        const res = await fetchFeed(url)
        return {
          status: res.status,
          type: res.headers.get('content-type'),
          cache: res.headers.get('cache-control'),
          body: await res.text(),
        }
      }),
    )
    for (const answer of answers) expect(answer).toEqual(answers[0])
    expect(answers[0]).toEqual({
      status: 404,
      type: 'text/plain; charset=utf-8',
      cache: 'private, no-store',
      body: 'Không tìm thấy. / Not found.\n',
    })
  })

  it('should stop the old addresses when the token is rotated, and all of them when it is revoked', async () => {
    const old = await issueFeeds(tree.communeA1)
    expect((await fetchFeed(old.broadcasts)).status).toBe(200)
    const rotated = await issueFeeds(tree.communeA1, 'admin@test.vn')
    expect(tokenOf(rotated)).not.toBe(tokenOf(old))
    expect((await fetchFeed(old.broadcasts)).status).toBe(404)
    expect((await fetchFeed(old.deadlines)).status).toBe(404)
    expect((await fetchFeed(rotated.broadcasts)).status).toBe(200)

    const revoke = await app.rest('DELETE', `/units/${tree.communeA1}/calendar-token`, {
      token: token['editor@test.vn'],
    })
    expect(revoke.status).toBe(200)
    expect(await revoke.json()).toEqual({ active: false, issuedAt: null })
    expect((await fetchFeed(rotated.broadcasts)).status).toBe(404)
    expect((await fetchFeed(rotated.deadlines)).status).toBe(404)
    const state = await app.rest('GET', `/units/${tree.communeA1}/calendar-token`, {
      token: token['editor@test.vn'],
    })
    expect(await state.json()).toEqual({ active: false, issuedAt: null })
  })
})
