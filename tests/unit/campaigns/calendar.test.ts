import { describe, expect, it } from '@jest/globals'
import {
  byDay,
  calendarHref,
  calendarStatusOf,
  daysOf,
  filtersAsked,
  mondayOf,
  rangeOf,
  shiftSpan,
  spanAsked,
  spanOfToday,
  weeksOf,
} from '@/modules/campaigns/domain/calendar'
import { localDay } from '@/platform/time'

const at = (iso: string) => new Date(iso)

describe('the status the broadcast calendar shows for an airing', () => {
  // Monday 30/11/2026 06:30 in Vietnam, 15 minutes long, 24 grace hours.
  const airing = { at: at('2026-11-29T23:30:00Z'), durationMinutes: 15, missedAfterHours: 24 }

  it('should show what the unit said, whatever the clock', () => {
    expect(
      calendarStatusOf({ ...airing, said: 'confirmed', now: at('2026-12-10T00:00:00Z') }),
    ).toBe('aired')
    expect(calendarStatusOf({ ...airing, said: 'missed', now: at('2026-11-30T00:00:00Z') })).toBe(
      'missed',
    )
  })

  it('should call an airing nobody confirmed upcoming, then awaiting, then missed after the grace hours', () => {
    const status = (now: string) => calendarStatusOf({ ...airing, said: null, now: at(now) })
    expect(status('2026-11-29T23:29:59Z')).toBe('upcoming')
    expect(status('2026-11-29T23:30:00Z')).toBe('awaiting')
    expect(status('2026-11-30T23:44:59Z')).toBe('awaiting')
    // 24 hours after its end (06:45 + 24 h).
    expect(status('2026-11-30T23:45:00Z')).toBe('missed')
  })
})

describe('the span the calendar shows', () => {
  it('should read ?month=2026-11 and ?week= (any day of the week, shown from its Monday)', () => {
    expect(spanAsked({ month: '2026-11' }, '2026-05-04')).toEqual({
      kind: 'month',
      year: 2026,
      month: 11,
    })
    expect(spanAsked({ week: '2026-12-03' }, '2026-05-04')).toEqual({
      kind: 'week',
      monday: '2026-11-30',
    })
  })

  it("should fall back to today's month for an address it cannot read", () => {
    for (const query of [{}, { month: '2026-13' }, { month: 'x' }, { week: '2026-02-30' }])
      expect(spanAsked(query, '2026-11-30')).toEqual({ kind: 'month', year: 2026, month: 11 })
  })

  it('should step across the turn of the year by months and by weeks', () => {
    expect(shiftSpan({ kind: 'month', year: 2026, month: 12 }, 1)).toEqual({
      kind: 'month',
      year: 2027,
      month: 1,
    })
    expect(shiftSpan({ kind: 'month', year: 2026, month: 1 }, -1)).toEqual({
      kind: 'month',
      year: 2025,
      month: 12,
    })
    expect(shiftSpan({ kind: 'week', monday: '2026-12-28' }, 1)).toEqual({
      kind: 'week',
      monday: '2027-01-04',
    })
    expect(spanOfToday('week', '2026-11-29')).toEqual({ kind: 'week', monday: '2026-11-23' })
    expect(mondayOf('2026-11-30')).toBe('2026-11-30')
  })

  it('should cover a month from local midnight of its first day to that of the next month', () => {
    const range = rangeOf({ kind: 'month', year: 2026, month: 11 })
    expect(range.start.toISOString()).toBe('2026-10-31T17:00:00.000Z')
    expect(range.end.toISOString()).toBe('2026-11-30T17:00:00.000Z')
    expect(daysOf({ kind: 'month', year: 2028, month: 2 })).toHaveLength(29)
    expect(daysOf({ kind: 'week', monday: '2026-11-30' })).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ])
  })

  it('should lay a month out in weeks from Monday, the days of other months left empty', () => {
    // November 2026 starts on a Sunday and ends on a Monday.
    const weeks = weeksOf({ kind: 'month', year: 2026, month: 11 })
    expect(weeks).toHaveLength(6)
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-11-01'])
    expect(weeks[5]).toEqual(['2026-11-30', null, null, null, null, null, null])
    expect(weeks.every((week) => week.length === 7)).toBe(true)
    // February 2027 starts on a Monday and fills exactly four weeks.
    expect(weeksOf({ kind: 'month', year: 2027, month: 2 })).toHaveLength(4)
  })
})

describe('the filters the calendar keeps in its address', () => {
  it('should keep ids and known channels and drop anything else', () => {
    expect(filtersAsked({ unit: '12', outlet: '64b7f0c2a1b2c3d4e5f6a7b8', channel: 'tv' })).toEqual(
      { unit: '12', outlet: '64b7f0c2a1b2c3d4e5f6a7b8', channel: 'tv' },
    )
    expect(filtersAsked({ unit: '1 OR 1=1', outlet: ['1', '2'], channel: 'cinema' })).toEqual({
      unit: null,
      outlet: null,
      channel: null,
    })
  })

  it('should write the span and the chosen filters into the address, leaving out empty ones', () => {
    expect(
      calendarHref(
        '/admin/broadcast-calendar',
        { kind: 'month', year: 2026, month: 11 },
        { unit: '7', outlet: null, channel: 'radio' },
      ),
    ).toBe('/admin/broadcast-calendar?month=2026-11&unit=7&channel=radio')
    expect(
      calendarHref(
        '/admin/broadcast-calendar',
        { kind: 'week', monday: '2026-11-30' },
        { unit: null, outlet: null, channel: null },
      ),
    ).toBe('/admin/broadcast-calendar?week=2026-11-30')
  })
})

describe('entries grouped by day', () => {
  it('should put an airing at 23:30 UTC on the next day in Vietnam, in time order', () => {
    const days = byDay(
      [
        { at: at('2026-11-30T10:00:00Z'), id: 'b' },
        { at: at('2026-11-29T23:30:00Z'), id: 'a' },
        { at: at('2026-11-29T10:00:00Z'), id: 'c' },
      ],
      (instant) => localDay(instant),
    )
    expect([...days.keys()]).toEqual(['2026-11-29', '2026-11-30'])
    expect(days.get('2026-11-30')!.map((e) => e.id)).toEqual(['a', 'b'])
  })
})
