import { describe, expect, it } from '@jest/globals'
import { icalRecurrenceRule } from '@/modules/campaigns/domain/icalRule'
import { occurrencesIn } from '@/modules/campaigns/domain/recurrence'
import {
  calendarTokenMatches,
  hashCalendarToken,
  newCalendarToken,
} from '@/modules/organisation/domain/calendarToken'
import {
  owesReport,
  reportDeadlinesOf,
  type PlanDeadlines,
} from '@/modules/campaigns/domain/deadlines'
import type { UnitFacts } from '@/modules/campaigns/domain/engine'

describe('calendar tokens', () => {
  it('should make URL-safe tokens of at least 128 random bits, different each time', () => {
    const tokens = Array.from({ length: 50 }, () => newCalendarToken().token)
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]+$/)
      expect(Buffer.from(token, 'base64url').length * 8).toBeGreaterThanOrEqual(128)
    }
    expect(new Set(tokens).size).toBe(50)
  })

  it('should keep only a hash that matches the token and nothing else', () => {
    const { token, hash } = newCalendarToken()
    expect(hash).not.toContain(token)
    expect(hash).toBe(hashCalendarToken(token))
    expect(calendarTokenMatches(token, hash)).toBe(true)
    expect(calendarTokenMatches(`${token}x`, hash)).toBe(false)
    expect(calendarTokenMatches(token.slice(1), hash)).toBe(false)
    expect(calendarTokenMatches(newCalendarToken().token, hash)).toBe(false)
  })

  it('should never match when no token was given or none is stored', () => {
    const { token, hash } = newCalendarToken()
    expect(calendarTokenMatches(null, hash)).toBe(false)
    expect(calendarTokenMatches('', hash)).toBe(false)
    expect(calendarTokenMatches(token, null)).toBe(false)
    expect(calendarTokenMatches(token, 'not-a-hash')).toBe(false)
    // The hash of the empty string must not open a unit whose hash field is empty either.
    expect(calendarTokenMatches('', hashCalendarToken(''))).toBe(false)
  })
})

describe('iCalendar recurrence rules', () => {
  const monday = new Date('2027-01-04T06:30:00+07:00')

  it('should leave one-off items without a rule', () => {
    expect(icalRecurrenceRule({ start: monday, rule: null })).toBeNull()
  })

  it('should end a weekly segment at its end date, written in UTC', () => {
    expect(
      icalRecurrenceRule({
        start: monday,
        rule: 'FREQ=WEEKLY;BYDAY=MO',
        until: new Date('2027-03-31T00:00:00+07:00'),
      }),
    ).toBe('FREQ=WEEKLY;BYDAY=MO;UNTIL=20270330T170000Z')
  })

  it('should keep whichever of COUNT and the end date ends the series first, as the schedule does', () => {
    const until = new Date('2027-01-10T00:00:00+07:00')
    expect(icalRecurrenceRule({ start: monday, rule: 'FREQ=DAILY;COUNT=3', until })).toBe(
      'FREQ=DAILY;COUNT=3',
    )
    const rule = icalRecurrenceRule({ start: monday, rule: 'FREQ=DAILY;COUNT=300', until })!
    expect(rule).toBe('FREQ=DAILY;UNTIL=20270109T170000Z')
    expect(
      occurrencesIn(
        { start: monday, rule: 'FREQ=DAILY;COUNT=300', until },
        { start: monday, end: until },
      ),
    ).toHaveLength(6)
  })

  it('should let nothing but recurrence parts through from a stored rule', () => {
    expect(
      icalRecurrenceRule({ start: monday, rule: 'FREQ=DAILY\r\nATTACH:http://evil.example' }),
    ).toBeNull()
    expect(icalRecurrenceRule({ start: monday, rule: 'RRULE:FREQ=MONTHLY;BYMONTHDAY=1' })).toBe(
      'FREQ=MONTHLY;BYMONTHDAY=1',
    )
  })
})

describe('report deadlines of a unit', () => {
  const commune: UnitFacts = {
    id: 'c1',
    name: 'UBND xã A1',
    level: 'commune',
    parentId: 'd1',
    ancestorIds: ['p', 'd1'],
    hasRadioStation: true,
    hasOneStopDesk: false,
    postOfficeCulturePoints: 0,
  }
  const plan = (id: string, extra: Partial<PlanDeadlines> = {}): PlanDeadlines => ({
    id,
    number: `${id}/KH-UBND`,
    title: 'Kế hoạch tuyên truyền CCHC',
    year: 2027,
    rootUnitId: 'p',
    excludedUnitIds: [],
    deadlines: [
      { period: 'Q3', deadline: new Date('2027-10-10T17:00:00+07:00') },
      { period: 'Q1', deadline: new Date('2027-04-10T17:00:00+07:00') },
    ],
    updatedAt: new Date('2026-12-01T00:00:00Z'),
    ...extra,
  })

  it('should list the deadlines of plans the unit reports to, earliest first', () => {
    const owed = reportDeadlinesOf(commune, [plan('1')])
    expect(owed.map((d) => `${d.planId} ${d.period.year}-${d.period.key}`)).toEqual([
      '1 2027-Q1',
      '1 2027-Q3',
    ])
  })

  it('should leave out plans of another subtree, plans excluding the unit or its district, and levels that do not report', () => {
    expect(reportDeadlinesOf(commune, [plan('2', { rootUnitId: 'd2' })])).toEqual([])
    expect(reportDeadlinesOf(commune, [plan('3', { excludedUnitIds: ['d1'] })])).toEqual([])
    expect(reportDeadlinesOf(commune, [plan('4', { reportingLevels: ['district'] })])).toEqual([])
    expect(
      reportDeadlinesOf(
        { ...commune, level: 'province', id: 'p', ancestorIds: [], parentId: null },
        [plan('5')],
      ),
    ).toEqual([])
  })

  it('should spare a unit created during a period from that period, as the scorecard does', () => {
    const newcomer = { ...commune, validFrom: '2027-02-01' }
    expect(owesReport(newcomer, plan('6'), { year: 2027, key: 'Q1' })).toBe(false)
    expect(owesReport(newcomer, plan('6'), { year: 2027, key: 'Q3' })).toBe(true)
  })
})
