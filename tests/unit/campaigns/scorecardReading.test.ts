import { describe, expect, it } from '@jest/globals'

import type { Cell, IndicatorSummary } from '@/modules/campaigns/domain/engine'
import {
  cellState,
  cellWords,
  changeOf,
  previousPeriod,
  summaryOver,
} from '@/modules/campaigns/domain/scorecardReading'
import { translate } from '@/modules/campaigns/i18n'
import { dayTimeText } from '@/platform/time'

const read = (cell: Pick<Cell, 'evidence'>, language: 'vi' | 'en') =>
  cellWords(cell)
    .map(
      (w) =>
        (w.label ? `${translate(language, w.label)} ` : '') + translate(language, w.key, w.params),
    )
    .join(' · ')

describe('a scorecard cell in words', () => {
  it('should read "6/6 buổi · 1 không phát" for a commune station, and the same in English', () => {
    const cell = {
      evidence: {
        kind: 'broadcasts' as const,
        channel: 'communeRadio' as const,
        confirmed: 6,
        missed: 1,
        pending: 0,
        required: 6,
      },
    }
    expect(read(cell, 'vi')).toBe('6/6 buổi · 1 không phát')
    expect(read(cell, 'en')).toBe('6/6 segments · 1 not aired')
  })

  it('should count articles in print, posts online, Q&As, tasks and channels by their own nouns', () => {
    const press = {
      kind: 'broadcasts' as const,
      channel: 'press' as const,
      confirmed: 3,
      missed: 0,
      pending: 2,
      required: 8,
    }
    expect(read({ evidence: press }, 'vi')).toBe('3/8 bài · 2 chờ xác nhận')
    expect(read({ evidence: { ...press, channel: 'online' } }, 'en')).toBe(
      '3/8 posts · 2 awaiting confirmation',
    )
    expect(
      read({ evidence: { kind: 'content', content: 'faqs', published: 2, required: 4 } }, 'vi'),
    ).toBe('2/4 hỏi đáp')
    expect(read({ evidence: { kind: 'tasks', due: 4, doneInTime: 3, minShare: 80 } }, 'vi')).toBe(
      '3/4 nhiệm vụ đúng hạn',
    )
    expect(
      read({ evidence: { kind: 'channels', used: 5, required: 4, reportId: null } }, 'en'),
    ).toBe('5/4 channels')
    expect(
      read(
        {
          evidence: {
            kind: 'quota',
            byChannel: [
              { channel: 'radio', confirmed: 3, required: 3 },
              { channel: 'press', confirmed: 5, required: 8 },
            ],
          },
        },
        'vi',
      ),
    ).toBe('Phát thanh 3/3 buổi · Báo in, báo điện tử 5/8 bài')
  })

  it('should give a reported figure with what is required, and say when there is none', () => {
    const figure = {
      kind: 'figure' as const,
      figure: 'sipasScore' as const,
      value: 82.5,
      threshold: 80,
      comparator: 'gte',
      reportId: null,
    }
    expect(read({ evidence: figure }, 'vi')).toBe('82,5 (yêu cầu ≥ 80)')
    expect(read({ evidence: { ...figure, value: null } }, 'vi')).toBe('Chưa có số liệu')
    expect(read({ evidence: { ...figure, value: true } }, 'en')).toBe('Yes')
  })
})

describe('the colour of a cell', () => {
  it('should be green when met, amber from half way, red under half, grey without data', () => {
    expect(cellState({ status: 'met', progress: 1 })).toBe('met')
    expect(cellState({ status: 'notMet', progress: 0.5 })).toBe('halfWay')
    expect(cellState({ status: 'notMet', progress: 0.49 })).toBe('short')
    expect(cellState({ status: 'noData', progress: 0 })).toBe('noData')
  })
})

describe('the summary of the unit being viewed', () => {
  const indicator: IndicatorSummary = {
    indicatorId: 'i',
    title: 'Radio',
    inScope: 4,
    met: 2,
    notMet: 2,
    noData: 0,
    share: 50,
    targetShare: 100,
    achieved: false,
    rating: 'red',
  }
  const cell = (subjectId: string, status: Cell['status']): Cell => ({
    subjectId,
    indicatorId: 'i',
    status,
    progress: status === 'met' ? 1 : 0,
    evidence: { kind: 'content', published: 0, required: 1 },
  })
  const cells = [cell('A1', 'met'), cell('A2', 'met'), cell('B1', 'notMet'), cell('B2', 'noData')]

  it("should count only the viewed unit's subtree, with its own share and rating", () => {
    expect(summaryOver([indicator], cells, new Set(['A', 'A1', 'A2']))[0]).toMatchObject({
      inScope: 2,
      met: 2,
      notMet: 0,
      noData: 0,
      share: 100,
      achieved: true,
      rating: 'green',
    })
    expect(summaryOver([indicator], cells, new Set(['B', 'B1', 'B2']))[0]).toMatchObject({
      inScope: 2,
      met: 0,
      notMet: 1,
      noData: 1,
      share: 0,
      rating: 'red',
    })
    expect(summaryOver([indicator], cells, new Set(['C']))[0]).toMatchObject({
      inScope: 0,
      share: null,
      rating: 'none',
    })
  })
})

describe('the change from the previous period', () => {
  it('should compare a quarter with the quarter before, across the new year', () => {
    expect(previousPeriod({ year: 2026, key: 'Q3' })).toEqual({ year: 2026, key: 'Q2' })
    expect(previousPeriod({ year: 2026, key: 'Q1' })).toEqual({ year: 2025, key: 'Q4' })
    expect(previousPeriod({ year: 2026, key: 'H1' })).toEqual({ year: 2025, key: 'H1' })
  })

  it('should say up, down or unchanged in percentage points, and nothing without both figures', () => {
    expect(changeOf(75, 50)).toEqual({ direction: 'up', points: 25 })
    expect(changeOf(33.3, 66.7)).toEqual({ direction: 'down', points: 33.4 })
    expect(changeOf(50, 50)).toEqual({ direction: 'same', points: 0 })
    expect(changeOf(50, null)).toBeNull()
    expect(changeOf(null, 50)).toBeNull()
    expect(changeOf(50, undefined)).toBeNull()
  })
})

describe('dates on the scorecard', () => {
  it('should read dd/MM/yyyy HH:mm on the province clock', () => {
    expect(dayTimeText('2026-04-07T10:00:00.000Z')).toBe('07/04/2026 17:00')
    expect(dayTimeText(new Date('2026-12-31T17:30:00.000Z'))).toBe('01/01/2027 00:30')
  })
})
