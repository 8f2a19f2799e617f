import { describe, expect, it } from '@jest/globals'

import {
  DEFAULT_DEADLINE_DAYS,
  DEFAULT_PERIOD_SETTINGS,
  defaultDeadline,
  isLateReport,
  lateness,
  periodSettingsOf,
  periodWindow,
  provinceDeadline,
  quarterWindows,
  reportDeadline,
  reportingWindow,
  windowLabel,
} from '@/modules/campaigns/domain/reportingWindows'

describe('reporting windows of Decree 09/2019 ("Q1 = 15/12 of the previous year – 14/3")', () => {
  const label = (key: 'Q1' | 'Q2' | 'H1' | '9M' | 'Y', basis: 'calendar' | 'reportingWindows') =>
    windowLabel(reportingWindow({ year: 2026, key }, basis))

  it('should cut Q1, 6 months, 9 months and the year off on the 14th, from 15/12 of the year before', () => {
    expect(label('Q1', 'reportingWindows')).toBe('15/12/2025 – 14/03/2026')
    expect(label('H1', 'reportingWindows')).toBe('15/12/2025 – 14/06/2026')
    expect(label('9M', 'reportingWindows')).toBe('15/12/2025 – 14/09/2026')
    expect(label('Y', 'reportingWindows')).toBe('15/12/2025 – 14/12/2026')
  })

  it('should count the later quarters between the cut-offs (Decree 09/2019 art. 12)', () => {
    expect(label('Q2', 'reportingWindows')).toBe('15/03/2026 – 14/06/2026')
    expect(windowLabel(reportingWindow({ year: 2026, key: 'Q3' }, 'reportingWindows'))).toBe(
      '15/06/2026 – 14/09/2026',
    )
    expect(windowLabel(reportingWindow({ year: 2026, key: 'Q4' }, 'reportingWindows'))).toBe(
      '15/09/2026 – 14/12/2026',
    )
  })

  it('should keep calendar periods for a plan that chose them (the default)', () => {
    expect(label('Q1', 'calendar')).toBe('01/01/2026 – 31/03/2026')
    expect(label('Y', 'calendar')).toBe('01/01/2026 – 31/12/2026')
  })

  it('should start and end a window at midnight in Vietnam', () => {
    const q1 = reportingWindow({ year: 2026, key: 'Q1' }, 'reportingWindows')
    expect(q1.start.toISOString()).toBe('2025-12-14T17:00:00.000Z')
    expect(q1.end.toISOString()).toBe('2026-03-14T17:00:00.000Z')
  })
})

describe('report deadlines, grace days and the late flag', () => {
  it('should make units due on the 15th and the province on the 20th of the last month', () => {
    const q1 = { year: 2026, key: 'Q1' as const }
    expect(defaultDeadline(q1, DEFAULT_DEADLINE_DAYS.unit).toISOString()).toBe(
      '2026-03-15T16:59:59.999Z',
    )
    expect(defaultDeadline(q1, DEFAULT_DEADLINE_DAYS.province).toISOString()).toBe(
      '2026-03-20T16:59:59.999Z',
    )
  })

  it('should tell on time, within the grace days and late apart', () => {
    const deadline = defaultDeadline({ year: 2026, key: 'Q1' }, 15)
    expect(lateness(new Date('2026-03-15T10:00:00Z'), deadline, 2)).toBe('onTime')
    expect(lateness(new Date('2026-03-17T10:00:00Z'), deadline, 2)).toBe('inGrace')
    expect(lateness(new Date('2026-03-18T10:00:00Z'), deadline, 2)).toBe('late')
    expect(lateness(new Date('2026-03-16T10:00:00Z'), deadline, 0)).toBe('late')
  })
})

const windows = { ...DEFAULT_PERIOD_SETTINGS, basis: 'reportingWindows' as const }

describe("a plan's period settings", () => {
  it('should take calendar periods and the defaults for a plan saved before the settings existed', () => {
    expect(periodSettingsOf(undefined)).toEqual(DEFAULT_PERIOD_SETTINGS)
    expect(periodSettingsOf({ basis: null, graceDays: null })).toEqual(DEFAULT_PERIOD_SETTINGS)
    expect(DEFAULT_PERIOD_SETTINGS).toMatchObject({
      basis: 'calendar',
      windowStartDay: 15,
      windowStartMonth: 12,
      unitDeadlineDay: 15,
      provinceDeadlineDay: 20,
      graceDays: 0,
    })
  })

  it('should move every window with a start day chosen by the plan', () => {
    const from20 = { ...windows, windowStartDay: 20 }
    expect(windowLabel(periodWindow({ year: 2026, key: 'Q1' }, from20))).toBe(
      '20/12/2025 – 19/03/2026',
    )
    expect(windowLabel(periodWindow({ year: 2026, key: 'Y' }, from20))).toBe(
      '20/12/2025 – 19/12/2026',
    )
  })

  it("should cut the plan's year into four quarters that follow one another", () => {
    for (const settings of [DEFAULT_PERIOD_SETTINGS, windows]) {
      const quarters = quarterWindows(2026, settings)
      const year = periodWindow({ year: 2026, key: 'Y' }, settings)
      expect(quarters[0]!.range.start).toEqual(year.start)
      expect(quarters[3]!.range.end).toEqual(year.end)
      for (let i = 1; i < 4; i++)
        expect(quarters[i]!.range.start).toEqual(quarters[i - 1]!.range.end)
    }
  })

  it("should take the plan's own deadline first, else the units' day on the windows, else none", () => {
    const q1 = { year: 2026, key: 'Q1' as const }
    const own = [{ period: 'Q1', deadline: '2026-04-05T10:00:00.000Z' }]
    expect(reportDeadline(q1, DEFAULT_PERIOD_SETTINGS, own)?.deadline.toISOString()).toBe(
      '2026-04-05T10:00:00.000Z',
    )
    expect(reportDeadline(q1, DEFAULT_PERIOD_SETTINGS, [])).toBeNull()
    const due = reportDeadline(q1, { ...windows, graceDays: 3 }, null)
    expect(due?.deadline.toISOString()).toBe('2026-03-15T16:59:59.999Z')
    expect(due?.closesAt.toISOString()).toBe('2026-03-18T16:59:59.999Z')
    expect(provinceDeadline(q1, windows)?.toISOString()).toBe('2026-03-20T16:59:59.999Z')
    expect(provinceDeadline(q1, DEFAULT_PERIOD_SETTINGS)).toBeNull()
  })

  it('should flag late only a report sent after the deadline and the grace days', () => {
    const settings = { ...windows, graceDays: 2 }
    const due = reportDeadline({ year: 2026, key: 'Q1' }, settings, null)
    expect(isLateReport(new Date('2026-03-17T10:00:00Z'), due, settings)).toBe(false)
    expect(isLateReport(new Date('2026-03-18T10:00:00Z'), due, settings)).toBe(true)
    expect(isLateReport(null, due, settings)).toBe(false)
    expect(isLateReport(new Date('2030-01-01T00:00:00Z'), null, settings)).toBe(false)
  })
})
