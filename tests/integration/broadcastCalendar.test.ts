import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { slugs } from '@/platform/slugs'
import { loadBroadcastCalendar } from '@/modules/campaigns/collections/BroadcastItems/calendar'
import type { CalendarFilters } from '@/modules/campaigns/domain/calendar'
import { createTree, createUser, type Tree } from '../helpers/fixtures'
import { requestAs, startTestApp, type TestApp } from '../helpers/payload'

let app: TestApp
let tree: Tree
let stationA1: number
let stationB1: number
let segmentA1: number
const sys = { overrideAccess: true, depth: 0 } as const
const march = { kind: 'month', year: 2026, month: 3 } as const
const none: CalendarFilters = { unit: null, outlet: null, channel: null }
// Mondays of March 2026 at 06:30 in Vietnam; "now" is Monday 16/03 20:00.
const mondays = ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30']
const at = (day: string) => new Date(`${day}T06:30:00+07:00`)
const now = new Date('2026-03-16T20:00:00+07:00')

const station = async (name: string, unit: number) =>
  (
    await app.payload.create({
      collection: slugs.outlets,
      data: { name, kind: 'communeStation', channels: ['communeRadio'], unit },
      ...sys,
    })
  ).id as number

const weekly = async (outlet: number) =>
  (
    await app.payload.create({
      collection: slugs.broadcastItems,
      data: {
        title: 'Chuyên mục CCHC',
        outlet,
        channel: 'communeRadio',
        start: '2026-03-02T06:30:00+07:00',
        durationMinutes: 15,
        recurrence: 'weeklyMonday',
        repeatUntil: '2026-03-31T00:00:00+07:00',
      },
      ...sys,
    })
  ).id as number

const userReq = async (email: string) => {
  const { docs } = await app.payload.find({
    collection: slugs.users,
    where: { email: { equals: email } },
    ...sys,
  })
  return requestAs(app.payload, docs[0]!)
}

beforeAll(async () => {
  app = await startTestApp()
  tree = await createTree(app.payload)
  await createUser(app.payload, 'reporter.a1@test.vn', ['reporter'], tree.communeA1)
  await createUser(app.payload, 'viewer@test.vn', ['viewer'], tree.province)
  stationA1 = await station('Trạm truyền thanh xã A1', tree.communeA1)
  stationB1 = await station('Trạm truyền thanh phường B1', tree.communeB1)
  segmentA1 = await weekly(stationA1)
  await weekly(stationB1)
  await app.payload.create({
    collection: slugs.airings,
    data: { item: segmentA1, occurrenceAt: at(mondays[0]!).toISOString(), status: 'confirmed' },
    ...sys,
  })
  await app.payload.create({
    collection: slugs.airings,
    data: { item: segmentA1, occurrenceAt: at(mondays[1]!).toISOString(), status: 'missed' },
    ...sys,
  })
})
afterAll(async () => app?.destroy())

const entriesOf = (calendar: Awaited<ReturnType<typeof loadBroadcastCalendar>>) =>
  [...calendar.days.values()].flat()

describe('the broadcast calendar as a commune reporter reads it', () => {
  it("should show their station's airings of the month with what was said, missed and still to come", async () => {
    const calendar = await loadBroadcastCalendar(
      await userReq('reporter.a1@test.vn'),
      march,
      none,
      now,
    )
    const entries = entriesOf(calendar)
    expect(entries.map((e) => e.at.toISOString())).toEqual(
      mondays.map((day) => at(day).toISOString()),
    )
    expect(entries.every((e) => e.unit === tree.communeA1)).toBe(true)
    // Said aired, said missed, never confirmed after the grace hours, within them, upcoming.
    expect(entries.map((e) => e.status)).toEqual([
      'aired',
      'missed',
      'awaiting',
      'upcoming',
      'upcoming',
    ])
    expect(entries[0]!.airingId).not.toBeNull()
    expect(entries[2]!.airingId).toBeNull()
    expect(calendar.days.get('2026-03-16')).toHaveLength(1)
    // Only their own subtree is offered to filter by.
    expect(calendar.units.map((u) => u.id)).toEqual([tree.communeA1])
    expect(calendar.outlets.map((o) => o.id)).toEqual([stationA1])
  })

  it('should show nothing of another unit whatever the address asks, and say the unit is out of reach', async () => {
    const req = await userReq('reporter.a1@test.vn')
    const byUnit = await loadBroadcastCalendar(
      req,
      march,
      { ...none, unit: String(tree.communeB1) },
      now,
    )
    expect(byUnit.unitOutOfScope).toBe(true)
    expect(byUnit.total).toBe(0)
    const byOutlet = await loadBroadcastCalendar(
      req,
      march,
      { ...none, outlet: String(stationB1) },
      now,
    )
    expect(byOutlet.total).toBe(0)
  })
})

describe('the broadcast calendar as the province reads it', () => {
  it('should show every unit and narrow by unit, outlet and channel', async () => {
    const req = await userReq('viewer@test.vn')
    const all = await loadBroadcastCalendar(req, march, none, now)
    expect(all.total).toBe(10)
    expect(new Set(entriesOf(all).map((e) => e.unit))).toEqual(
      new Set([tree.communeA1, tree.communeB1]),
    )
    const b1 = await loadBroadcastCalendar(
      req,
      march,
      { ...none, unit: String(tree.communeB1) },
      now,
    )
    expect(b1.total).toBe(5)
    expect(entriesOf(b1).every((e) => e.outletId === stationB1)).toBe(true)
    // A unit's filter takes in the units under it.
    const province = await loadBroadcastCalendar(
      req,
      march,
      { ...none, unit: String(tree.province) },
      now,
    )
    expect(province.total).toBe(10)
    expect(
      (await loadBroadcastCalendar(req, march, { ...none, outlet: String(stationA1) }, now)).total,
    ).toBe(5)
    expect(
      (await loadBroadcastCalendar(req, march, { ...none, channel: 'press' }, now)).total,
    ).toBe(0)
  })
})

describe('the confirmation form filled in from its address', () => {
  it('should take the item and the airing from the query of the create page, and nothing unreadable', async () => {
    const fields = (await import('@/modules/campaigns/collections/Airings')).Airings.fields.flatMap(
      (f) => ('fields' in f ? f.fields : [f]),
    )
    const defaultOf = (name: string) => {
      const field = fields.find((f) => 'name' in f && f.name === name)!
      return 'defaultValue' in field ? field.defaultValue : undefined
    }
    const req = await requestAs(app.payload, null)
    req.query = { item: String(segmentA1), occurrenceAt: '2026-03-16T06:30:00+07:00' }
    const call = (name: string) =>
      (defaultOf(name) as (args: { req: typeof req; user: null }) => unknown)({ req, user: null })
    expect(call('item')).toBe(segmentA1)
    expect(call('occurrenceAt')).toBe('2026-03-15T23:30:00.000Z')
    expect(call('airedAt')).toBe('2026-03-15T23:30:00.000Z')
    req.query = { item: '1; DROP', occurrenceAt: 'tomorrow' }
    expect(call('item')).toBeUndefined()
    expect(call('occurrenceAt')).toBeUndefined()
  })
})
