import { describe, expect, it } from '@jest/globals'
import {
  checkRecurrenceRule,
  occurrencesIn,
  recurrencePresets,
} from '@/modules/campaigns/domain/recurrence'
import {
  formatPeriod,
  lastFinishedQuarter,
  parsePeriod,
  periodLabel,
  periodRange,
  quarterOf,
  quartersOf,
  shiftQuarter,
} from '@/modules/campaigns/domain/periods'

const at = (iso: string) => new Date(iso)

describe('reporting periods', () => {
  it('should start and end quarters at midnight in Vietnam', () => {
    expect(periodRange({ year: 2026, key: 'Q1' })).toEqual({
      start: at('2025-12-31T17:00:00Z'),
      end: at('2026-03-31T17:00:00Z'),
    })
    expect(periodRange({ year: 2026, key: 'Y' })).toEqual({
      start: at('2025-12-31T17:00:00Z'),
      end: at('2026-12-31T17:00:00Z'),
    })
    expect(periodRange({ year: 2026, key: '9M' }).end).toEqual(at('2026-09-30T17:00:00Z'))
  })

  it('should put 23:30 local time on the last day of a quarter in that quarter', () => {
    const lateNight = at('2026-03-31T23:30:00+07:00')
    expect(formatPeriod(quarterOf(lateNight))).toBe('2026-Q1')
    expect(lateNight < periodRange({ year: 2026, key: 'Q1' }).end).toBe(true)
    expect(formatPeriod(quarterOf(at('2026-04-01T00:00:00+07:00')))).toBe('2026-Q2')
  })

  it('should find the last finished quarter and step between quarters across years', () => {
    expect(formatPeriod(lastFinishedQuarter(at('2026-11-21T10:00:00+07:00')))).toBe('2026-Q3')
    expect(formatPeriod(lastFinishedQuarter(at('2027-01-01T00:30:00+07:00')))).toBe('2026-Q4')
    expect(formatPeriod(shiftQuarter({ year: 2026, key: 'Q1' }, -1))).toBe('2025-Q4')
    expect(formatPeriod(shiftQuarter({ year: 2026, key: 'Q4' }, 1))).toBe('2027-Q1')
  })

  it('should parse, format and name periods, and refuse unknown ones', () => {
    expect(parsePeriod('2026-q3')).toEqual({ year: 2026, key: 'Q3' })
    expect(parsePeriod('2026-H2')).toBeNull()
    expect(parsePeriod('Q1')).toBeNull()
    expect(periodLabel({ year: 2026, key: 'Q3' })).toBe('Quý III/2026')
    expect(periodLabel({ year: 2026, key: 'H1' })).toBe('6 tháng đầu năm 2026')
    expect(periodLabel({ year: 2026, key: '9M' }, 'en')).toBe('Nine months of 2026')
    expect(quartersOf({ year: 2026, key: 'H1' }).map(formatPeriod)).toEqual(['2026-Q1', '2026-Q2'])
  })
})

describe('recurrence of broadcast segments', () => {
  const q1 = periodRange({ year: 2026, key: 'Q1' })
  const q2 = periodRange({ year: 2026, key: 'Q2' })

  it('should repeat "every Monday 06:30" at 06:30 Vietnam time', () => {
    const item = { start: at('2026-01-05T06:30:00+07:00'), rule: recurrencePresets.weeklyMonday }
    const mondays = occurrencesIn(item, {
      start: at('2026-01-01T00:00:00+07:00'),
      end: at('2026-02-01T00:00:00+07:00'),
    })
    expect(mondays.map((d) => d.toISOString())).toEqual([
      '2026-01-04T23:30:00.000Z',
      '2026-01-11T23:30:00.000Z',
      '2026-01-18T23:30:00.000Z',
      '2026-01-25T23:30:00.000Z',
    ])
  })

  it('should split a weekly segment that straddles two quarters between them', () => {
    const item = {
      start: at('2026-03-16T06:30:00+07:00'),
      rule: recurrencePresets.weeklyMonday,
      until: at('2026-04-20T23:59:00+07:00'),
    }
    expect(occurrencesIn(item, q1)).toHaveLength(3)
    expect(occurrencesIn(item, q2)).toHaveLength(3)
  })

  it('should repeat on the first day of each month, and a one-off item once', () => {
    const monthly = { start: at('2026-01-01T07:00:00+07:00'), rule: recurrencePresets.firstOfMonth }
    expect(occurrencesIn(monthly, periodRange({ year: 2026, key: 'H1' }))).toHaveLength(6)
    const once = { start: at('2026-03-31T23:30:00+07:00') }
    expect(occurrencesIn(once, q1)).toHaveLength(1)
    expect(occurrencesIn(once, q2)).toHaveLength(0)
  })

  it('should count a segment late on the last evening of a quarter in that quarter', () => {
    const daily = {
      start: at('2026-03-30T23:30:00+07:00'),
      rule: recurrencePresets.daily,
      until: at('2026-04-02T00:00:00+07:00'),
    }
    expect(occurrencesIn(daily, q1).map((d) => d.toISOString())).toEqual([
      '2026-03-30T16:30:00.000Z',
      '2026-03-31T16:30:00.000Z',
    ])
    expect(occurrencesIn(daily, q2)).toHaveLength(1)
  })

  it('should accept calendar rules and refuse broken or too frequent ones', () => {
    expect(checkRecurrenceRule('FREQ=WEEKLY;BYDAY=MO,TH')).toBeNull()
    expect(checkRecurrenceRule('RRULE:FREQ=MONTHLY;BYMONTHDAY=1')).toBeNull()
    expect(checkRecurrenceRule('FREQ=SOMETIMES')).toBe('invalid')
    expect(checkRecurrenceRule('FREQ=HOURLY')).toBe('tooFrequent')
  })
})
