import { describe, expect, it } from '@jest/globals'

import {
  figureGroupOf,
  groupFigures,
  hasFigureValue,
  nextPeriodDue,
  planFigures,
  planPeriods,
  type PeriodDue,
} from '@/modules/campaigns/domain/reportForm'
import {
  DEFAULT_PERIOD_SETTINGS,
  periodWindow,
  reportDeadline,
} from '@/modules/campaigns/domain/reportingWindows'
import { figureKeys } from '@/modules/campaigns/domain/vocabulary'

describe('the figures a plan needs', () => {
  it('are the required ones and those its indicators read, in the vocabulary order', () => {
    const figures = planFigures(
      ['feedbackHandled', 'feedbackReceived'],
      ['proceduresPostedPct', 'hasReformSection', 'feedbackHandled', null, 'noSuchFigure'],
    )
    expect(figures.required).toEqual(['feedbackReceived', 'feedbackHandled'])
    expect(figures.needed).toEqual([
      'proceduresPostedPct',
      'feedbackReceived',
      'feedbackHandled',
      'hasReformSection',
    ])
    expect(figures.rest).toHaveLength(figureKeys.length - 4)
    expect(figures.rest).not.toContain('feedbackReceived')
    expect([...figures.needed, ...figures.rest].sort()).toEqual([...figureKeys].sort())
  })

  it('are none for a plan that asks for nothing, so every figure is "other"', () => {
    expect(planFigures(null, undefined)).toEqual({ required: [], needed: [], rest: figureKeys })
  })
})

describe('grouping figures', () => {
  it('puts every figure in a group and keeps the groups in order, empty ones out', () => {
    for (const key of figureKeys) expect(figureGroupOf[key]).toBeTruthy()
    expect(groupFigures(['hasReformSection', 'feedbackHandled', 'feedbackReceived'])).toEqual([
      { group: 'feedback', keys: ['feedbackReceived', 'feedbackHandled'] },
      { group: 'portal', keys: ['hasReformSection'] },
    ])
    expect(groupFigures([])).toEqual([])
    expect(groupFigures(figureKeys).flatMap((g) => g.keys)).toHaveLength(figureKeys.length)
  })

  it('counts a value as given unless empty or an unticked box', () => {
    expect([0, 35.5, true, '1'].map(hasFigureValue)).toEqual([true, true, true, true])
    expect([null, undefined, '', false].map(hasFigureValue)).toEqual([false, false, false, false])
  })
})

describe('the next period due', () => {
  const year = 2026
  // Deadlines as the demo plan sets them: 10 March, June, September and December at 17:00.
  const deadlines = (['Q1', 'Q2', 'Q3', 'Q4'] as const).map((period, q) => ({
    period,
    deadline: new Date(Date.UTC(year, q * 3 + 2, 10, 10)).toISOString(),
  }))
  const periods: PeriodDue[] = planPeriods(year, deadlines).map((period) => ({
    key: period.key,
    window: periodWindow(period, DEFAULT_PERIOD_SETTINGS),
    closesAt: reportDeadline(period, DEFAULT_PERIOD_SETTINGS, deadlines)?.closesAt ?? null,
  }))

  it('is the quarter running now when the earlier ones are over', () => {
    expect(nextPeriodDue(periods, new Set(['Q1', 'Q2']), new Date('2026-11-30T05:00:00Z'))).toBe(
      'Q4',
    )
  })

  it('is an earlier quarter not yet sent while its deadline is still open', () => {
    // 5 April: Q1's deadline (10 March) is over, Q2 runs; 1 April: Q1's window ended, deadline over too.
    expect(nextPeriodDue(periods, new Set(), new Date('2026-04-05T00:00:00Z'))).toBe('Q2')
    const lateDeadline = periods.map((p) =>
      p.key === 'Q1' ? { ...p, closesAt: new Date('2026-04-10T00:00:00Z') } : p,
    )
    expect(nextPeriodDue(lateDeadline, new Set(), new Date('2026-04-05T00:00:00Z'))).toBe('Q1')
    expect(nextPeriodDue(lateDeadline, new Set(['Q1']), new Date('2026-04-05T00:00:00Z'))).toBe(
      'Q2',
    )
  })

  it('is the next one to open when the running one is sent, and none after the last', () => {
    expect(nextPeriodDue(periods, new Set(['Q2']), new Date('2026-05-01T00:00:00Z'))).toBe('Q3')
    expect(nextPeriodDue(periods, new Set(['Q4']), new Date('2026-12-01T00:00:00Z'))).toBeNull()
    expect(nextPeriodDue(periods, new Set(), new Date('2027-02-01T00:00:00Z'))).toBeNull()
  })

  it('takes the periods a plan sets deadlines for, else the quarters', () => {
    expect(planPeriods(2026, [{ period: 'H1' }, { period: 'Y' }, { period: 'H1' }])).toEqual([
      { year: 2026, key: 'H1' },
      { year: 2026, key: 'Y' },
    ])
    expect(planPeriods(2026, null).map((p) => p.key)).toEqual(['Q1', 'Q2', 'Q3', 'Q4'])
  })
})
