import { describe, expect, it } from '@jest/globals'

import {
  DEFAULT_DEADLINE_DAYS,
  defaultDeadline,
  lateness,
  reportingWindow,
  windowLabel,
} from '@/modules/campaigns/domain/reportingWindows'

describe('reporting windows of Decree 09/2019 ("Q1 = 15/12 of the previous year – 14/3")', () => {
  const label = (key: 'Q1' | 'Q2' | 'H1' | '9M' | 'Y', basis: 'calendar' | 'ministry') =>
    windowLabel(reportingWindow({ year: 2026, key }, basis))

  it('should cut Q1, 6 months, 9 months and the year off on the 14th, from 15/12 of the year before', () => {
    expect(label('Q1', 'ministry')).toBe('15/12/2025 – 14/03/2026')
    expect(label('H1', 'ministry')).toBe('15/12/2025 – 14/06/2026')
    expect(label('9M', 'ministry')).toBe('15/12/2025 – 14/09/2026')
    expect(label('Y', 'ministry')).toBe('15/12/2025 – 14/12/2026')
  })

  it('should count a second quarter between the cut-offs', () => {
    expect(label('Q2', 'ministry')).toBe('15/03/2026 – 14/06/2026')
  })

  it('should keep calendar periods for a plan that chose them (the default)', () => {
    expect(label('Q1', 'calendar')).toBe('01/01/2026 – 31/03/2026')
    expect(label('Y', 'calendar')).toBe('01/01/2026 – 31/12/2026')
  })

  it('should start and end a window at midnight in Vietnam', () => {
    const q1 = reportingWindow({ year: 2026, key: 'Q1' }, 'ministry')
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
