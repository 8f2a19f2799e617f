import { describe, expect, it } from '@jest/globals'

import {
  asOrganisedIn,
  computeCompliance,
  countingDays,
  countsIn,
  participates,
  reportingTimeliness,
  type BroadcastTally,
  type ComplianceInput,
  type Indicator,
  type Report,
  type UnitFacts,
} from '@/modules/campaigns/domain/engine'
import { mapToToday } from '@/modules/campaigns/domain/mapping'
import { periodRange, quartersOf } from '@/modules/campaigns/domain/periods'
import { tallyCounts } from '@/modules/campaigns/domain/tallies'
import { checkFigure, type BroadcastChannel } from '@/modules/campaigns/domain/vocabulary'

/**
 * A hand-made province, small enough to check by hand: province P; department D1; districts A, B;
 * communes A1 (radio, portal), A2 (radio), A3 (no radio, desk), B1 (radio), B2 (radio station removed
 * in Q2), B3 (created in February).
 */
const unit = (
  id: string,
  level: UnitFacts['level'],
  ancestors: string[],
  extra: Partial<UnitFacts> = {},
): UnitFacts => ({
  id,
  name: id,
  level,
  parentId: ancestors.at(-1) ?? null,
  ancestorIds: ancestors,
  hasRadioStation: false,
  hasOneStopDesk: false,
  postOfficeCulturePoints: 0,
  ...extra,
})

const units: UnitFacts[] = [
  unit('P', 'province', [], { portalUrl: 'https://p.vn', hasOneStopDesk: true }),
  unit('D1', 'department', ['P'], { portalUrl: 'https://d1.vn', hasOneStopDesk: true }),
  unit('A', 'district', ['P'], { portalUrl: 'https://a.vn', hasOneStopDesk: true }),
  unit('B', 'district', ['P'], { portalUrl: 'https://b.vn', hasOneStopDesk: true }),
  unit('A1', 'commune', ['P', 'A'], {
    hasRadioStation: true,
    portalUrl: 'https://a1.vn',
    hasOneStopDesk: true,
    postOfficeCulturePoints: 1,
  }),
  unit('A2', 'commune', ['P', 'A'], { hasRadioStation: true, hasOneStopDesk: true }),
  unit('A3', 'commune', ['P', 'A'], { hasOneStopDesk: true, postOfficeCulturePoints: 2 }),
  unit('B1', 'commune', ['P', 'B'], { hasRadioStation: true, hasOneStopDesk: true }),
  unit('B2', 'commune', ['P', 'B'], {
    hasRadioStation: false,
    radioStationUntil: '2026-05-15',
    hasOneStopDesk: true,
  }),
  unit('B3', 'commune', ['P', 'B'], {
    hasRadioStation: true,
    validFrom: '2026-02-10',
    hasOneStopDesk: true,
  }),
]

const Q1 = periodRange({ year: 2026, key: 'Q1' })
const Q2 = periodRange({ year: 2026, key: 'Q2' })
const Q3 = periodRange({ year: 2026, key: 'Q3' })
const endOfYear = new Date('2026-12-31T12:00:00+07:00')

/** The outlets of the test province and the unit owning each. */
const outletOwner: Record<string, string> = {
  'st-A1': 'A1',
  'st-A2': 'A2',
  'st-B1': 'B1',
  'st-B2': 'B2',
  'st-B3': 'B3',
  ptth: 'D1',
  bao: 'D1',
}

/** A broadcast item and what its unit said about an airing, as the tests describe them. */
type TestItem = {
  id: string
  outletId: string
  channel: BroadcastChannel
  start: Date
  durationMinutes: number
  rule?: string
  until?: Date | null
}
type TestAiring = { itemId: string; occurrenceAt: Date; status: 'confirmed' | 'missed' }

/**
 * The tallies the platform keeps for these items and airings: each outlet's airings per channel and
 * quarter of 2026, counted by the same function the tally hooks use.
 */
const talliesFrom = (items: TestItem[], airings: TestAiring[]): BroadcastTally[] => {
  const groups = new Map<string, TestItem[]>()
  for (const item of items)
    groups.set(`${item.outletId}|${item.channel}`, [
      ...(groups.get(`${item.outletId}|${item.channel}`) ?? []),
      item,
    ])
  return [...groups.values()].flatMap((group) =>
    quartersOf({ year: 2026, key: 'Y' }).flatMap((quarter) => {
      const range = periodRange(quarter)
      const ids = new Set(group.map((item) => item.id))
      const said = airings.filter(
        (a) => ids.has(a.itemId) && a.occurrenceAt >= range.start && a.occurrenceAt < range.end,
      )
      const counts = tallyCounts(
        group.map((item) => ({ start: item.start, rrule: item.rule, repeatUntil: item.until })),
        said,
        range,
      )
      return counts.scheduled + counts.confirmed + counts.missed === 0
        ? []
        : [
            {
              outletId: group[0]!.outletId,
              unitId: outletOwner[group[0]!.outletId]!,
              channel: group[0]!.channel,
              quarter: range,
              ...counts,
            },
          ]
    }),
  )
}

const weekly = (id: string, outletId: string, start: string, until?: string): TestItem => ({
  id,
  outletId,
  channel: 'communeRadio',
  start: new Date(start),
  durationMinutes: 15,
  rule: 'FREQ=WEEKLY;BYDAY=MO',
  until: until ? new Date(until) : null,
})

const base = ({
  items = [],
  airings = [],
  ...over
}: Partial<ComplianceInput> & { items?: TestItem[]; airings?: TestAiring[] }): ComplianceInput => ({
  plan: { rootUnitId: 'P', excludedUnitIds: [] },
  period: Q1,
  now: endOfYear,
  units,
  indicators: [],
  tallies: talliesFrom(items, airings),
  content: [],
  reports: [],
  ...over,
})

const report = (
  unitId: string,
  range = Q1,
  figures: Report['figures'] = {},
  extra: Partial<Report> = {},
): Report => ({
  id: `r-${unitId}-${range.start.toISOString()}`,
  unitId,
  periodRange: range,
  status: 'approved',
  firstSubmittedAt: new Date(range.end.getTime() + 3 * 86400_000),
  figures,
  ...extra,
})

const statusOf = (result: ReturnType<typeof computeCompliance>, unitId: string) =>
  result.cells.find((c) => c.subjectId === unitId)?.status

describe('"100% of commune radio stations run a CCHC segment" (at least 6 a quarter)', () => {
  const indicator: Indicator = {
    id: 'radio',
    title: '100% trạm truyền thanh cơ sở có chuyên mục CCHC',
    scope: { levels: ['commune'], requires: ['radioStation'] },
    rule: { kind: 'broadcastCount', channel: 'communeRadio', min: 6 },
    targetShare: 100,
  }
  // A1 airs every Monday all quarter (13) and confirms 7; A2 confirms only 3; B1 confirms 6.
  const items = [
    weekly('seg-A1', 'st-A1', '2026-01-05T06:30:00+07:00'),
    weekly('seg-A2', 'st-A2', '2026-01-05T06:30:00+07:00'),
    weekly('seg-B1', 'st-B1', '2026-01-05T06:30:00+07:00'),
  ]
  const mondays = Array.from(
    { length: 13 },
    (_, i) => new Date(new Date('2026-01-05T06:30:00+07:00').getTime() + i * 7 * 86400_000),
  )
  const airings = [
    ...mondays
      .slice(0, 7)
      .map((occurrenceAt) => ({ itemId: 'seg-A1', occurrenceAt, status: 'confirmed' as const })),
    ...mondays
      .slice(0, 3)
      .map((occurrenceAt) => ({ itemId: 'seg-A2', occurrenceAt, status: 'confirmed' as const })),
    ...mondays
      .slice(0, 6)
      .map((occurrenceAt) => ({ itemId: 'seg-B1', occurrenceAt, status: 'confirmed' as const })),
  ]

  it('should hold only communes that own a station, and only from the first full period they exist', () => {
    const result = computeCompliance(base({ indicators: [indicator], items, airings }))
    // B3 was created in February: not in scope for Q1. B2 still had its station all of Q1.
    expect(result.unitsInScope.radio!.sort()).toEqual(['A1', 'A2', 'B1', 'B2'])
    expect(
      computeCompliance(base({ indicators: [indicator], period: Q2 })).unitsInScope.radio!.sort(),
    ).toEqual(['A1', 'A2', 'B1', 'B3'])
  })

  it('should say which stations met it, with the airings that decided', () => {
    const result = computeCompliance(base({ indicators: [indicator], items, airings }))
    expect(statusOf(result, 'A1')).toBe('met')
    expect(statusOf(result, 'A2')).toBe('notMet')
    expect(statusOf(result, 'B1')).toBe('met')
    expect(statusOf(result, 'B2')).toBe('notMet')
    const a2 = result.cells.find((c) => c.subjectId === 'A2')!
    // 13 Mondays: 3 confirmed, the 10 others past their time unconfirmed count as missed.
    expect(a2.evidence).toEqual({
      kind: 'broadcasts',
      channel: 'communeRadio',
      confirmed: 3,
      missed: 10,
      pending: 0,
      required: 6,
    })
    expect(a2.progress).toBe(0.5)
    expect(result.indicators[0]).toMatchObject({
      inScope: 4,
      met: 2,
      notMet: 2,
      share: 50,
      targetShare: 100,
      achieved: false,
      rating: 'red',
    })
  })

  it('should count airings of a running quarter as pending until the missed-airings job records them', () => {
    const midQuarter = new Date('2026-02-01T12:00:00+07:00')
    const silent = computeCompliance(
      base({ indicators: [indicator], items, airings: [], now: midQuarter }),
    )
    expect(silent.cells.find((c) => c.subjectId === 'A1')!.evidence).toMatchObject({
      confirmed: 0,
      missed: 0,
      pending: 13,
    })
    // The job has recorded the four Mondays of January as missed.
    const recorded = mondays
      .slice(0, 4)
      .map((occurrenceAt) => ({ itemId: 'seg-A1', occurrenceAt, status: 'missed' as const }))
    const result = computeCompliance(
      base({ indicators: [indicator], items, airings: recorded, now: midQuarter }),
    )
    expect(result.cells.find((c) => c.subjectId === 'A1')!.evidence).toMatchObject({
      confirmed: 0,
      missed: 4,
      pending: 9,
    })
  })

  it('should take a station removed in May out of scope from Q2 on', () => {
    expect(
      computeCompliance(base({ indicators: [indicator], period: Q2 })).unitsInScope.radio,
    ).not.toContain('B2')
    expect(
      computeCompliance(base({ indicators: [indicator], period: Q3 })).unitsInScope.radio,
    ).not.toContain('B2')
  })

  it('should count a segment at 23:30 on 31 March in Q1, and split one that straddles two quarters', () => {
    const late = {
      id: 'late',
      outletId: 'st-B1',
      channel: 'communeRadio' as const,
      start: new Date('2026-03-31T23:30:00+07:00'),
      durationMinutes: 30,
    }
    const straddle = weekly(
      'str',
      'st-A2',
      '2026-03-16T06:30:00+07:00',
      '2026-04-20T23:59:00+07:00',
    )
    const airings2 = [
      { itemId: 'late', occurrenceAt: late.start, status: 'confirmed' as const },
      ...[0, 1, 2, 3, 4, 5].map((w) => ({
        itemId: 'str',
        occurrenceAt: new Date(new Date('2026-03-16T06:30:00+07:00').getTime() + w * 7 * 86400_000),
        status: 'confirmed' as const,
      })),
    ]
    const q1 = computeCompliance(
      base({ indicators: [indicator], items: [late, straddle], airings: airings2 }),
    )
    const q2 = computeCompliance(
      base({ indicators: [indicator], items: [late, straddle], airings: airings2, period: Q2 }),
    )
    expect(
      (q1.cells.find((c) => c.subjectId === 'B1')!.evidence as { confirmed: number }).confirmed,
    ).toBe(1)
    expect(
      (q2.cells.find((c) => c.subjectId === 'B1')!.evidence as { confirmed: number }).confirmed,
    ).toBe(0)
    expect(
      (q1.cells.find((c) => c.subjectId === 'A2')!.evidence as { confirmed: number }).confirmed,
    ).toBe(3)
    expect(
      (q2.cells.find((c) => c.subjectId === 'A2')!.evidence as { confirmed: number }).confirmed,
    ).toBe(3)
  })
})

describe('"100% of portals have a CCHC section"', () => {
  const indicator: Indicator = {
    id: 'portal',
    title: '100% Cổng/Trang TTĐT có chuyên mục CCHC',
    scope: { levels: [], requires: ['portal'] },
    rule: { kind: 'reportedFigure', figure: 'hasReformSection', comparator: 'eq', threshold: 1 },
    targetShare: 100,
  }

  it('should judge every unit with a portal by its report, and say "no data" without one', () => {
    const reports = [
      report('P', Q1, { hasReformSection: true }),
      report('D1', Q1, { hasReformSection: true }),
      report('A', Q1, { hasReformSection: false }),
    ]
    const result = computeCompliance(base({ indicators: [indicator], reports }))
    expect(result.unitsInScope.portal!.sort()).toEqual(['A', 'A1', 'B', 'D1', 'P'])
    expect(['P', 'D1', 'A', 'B', 'A1'].map((id) => statusOf(result, id))).toEqual([
      'met',
      'met',
      'notMet',
      'noData',
      'noData',
    ])
    expect(result.indicators[0]).toMatchObject({
      met: 2,
      notMet: 1,
      noData: 2,
      share: 40,
      rating: 'red',
    })
  })

  it('should ignore drafts and returned reports', () => {
    const reports = [
      report('B', Q1, { hasReformSection: true }, { status: 'draft' }),
      report('A', Q1, { hasReformSection: true }, { status: 'returned' }),
    ]
    const result = computeCompliance(base({ indicators: [indicator], reports }))
    expect(statusOf(result, 'B')).toBe('noData')
    expect(statusOf(result, 'A')).toBe('noData')
  })
})

describe('"100% of procedures posted at the one-stop desks"', () => {
  it('should compare the reported percentage with 100', () => {
    const indicator: Indicator = {
      id: 'posted',
      title: '100% TTHC được niêm yết',
      scope: { levels: ['commune'], requires: ['oneStopDesk'] },
      rule: {
        kind: 'reportedFigure',
        figure: 'proceduresPostedPct',
        comparator: 'gte',
        threshold: 100,
      },
      targetShare: 100,
    }
    const reports = ['A1', 'A2', 'A3', 'B1', 'B2'].map((id) =>
      report(id, Q1, { proceduresPostedPct: id === 'A3' ? 92.5 : 100 }),
    )
    const result = computeCompliance(base({ indicators: [indicator], reports }))
    expect(result.indicators[0]).toMatchObject({
      inScope: 5,
      met: 4,
      notMet: 1,
      share: 80,
      rating: 'amber',
    })
    expect(result.cells.find((c) => c.subjectId === 'A3')!.progress).toBe(0.925)
  })

  it('should use the latest quarter report for a half-year when there is no half-year report', () => {
    const indicator: Indicator = {
      id: 'posted',
      title: 'x',
      scope: { levels: [], requires: [], unitIds: ['A1'] },
      rule: {
        kind: 'reportedFigure',
        figure: 'proceduresPostedPct',
        comparator: 'gte',
        threshold: 100,
      },
      targetShare: 100,
    }
    const reports = [
      report('A1', Q1, { proceduresPostedPct: 90 }),
      report('A1', Q2, { proceduresPostedPct: 100 }),
    ]
    const result = computeCompliance(
      base({ indicators: [indicator], reports, period: periodRange({ year: 2026, key: 'H1' }) }),
    )
    expect(statusOf(result, 'A1')).toBe('met')
  })
})

describe('"3 radio segments, 3 TV segments and 8 newspaper articles a quarter" (outlet contract)', () => {
  const indicator: Indicator = {
    id: 'contract',
    title: 'Hợp đồng tuyên truyền với Đài PT-TH và Báo tỉnh',
    scope: { levels: [], requires: [] },
    rule: {
      kind: 'outletQuota',
      outletIds: ['ptth', 'bao'],
      quotas: [
        { channel: 'radio', min: 3 },
        { channel: 'tv', min: 3 },
        { channel: 'press', min: 8 },
      ],
    },
    targetShare: 100,
  }
  const one = (id: string, outletId: string, channel: BroadcastChannel, day: number): TestItem => ({
    id,
    outletId,
    channel,
    start: new Date(Date.UTC(2026, 0, day, 12)),
    durationMinutes: 10,
  })

  it('should be met only when every channel reached its quota', () => {
    const items = [
      ...[1, 2, 3].map((d) => one(`r${d}`, 'ptth', 'radio', d)),
      ...[4, 5, 6].map((d) => one(`t${d}`, 'ptth', 'tv', d)),
      ...[1, 2, 3, 4, 5, 6, 7].map((d) => one(`p${d}`, 'bao', 'press', d + 10)),
    ]
    const airings = items.map((i) => ({
      itemId: i.id,
      occurrenceAt: i.start,
      status: 'confirmed' as const,
    }))
    const short = computeCompliance(base({ indicators: [indicator], items, airings }))
    expect(short.cells[0]).toMatchObject({ status: 'notMet', progress: 7 / 8 })
    expect(short.cells[0]!.evidence).toEqual({
      kind: 'quota',
      byChannel: [
        { channel: 'radio', required: 3, confirmed: 3 },
        { channel: 'tv', required: 3, confirmed: 3 },
        { channel: 'press', required: 8, confirmed: 7 },
      ],
    })
    const eighth = one('p8', 'bao', 'press', 30)
    const met = computeCompliance(
      base({
        indicators: [indicator],
        items: [...items, eighth],
        airings: [...airings, { itemId: 'p8', occurrenceAt: eighth.start, status: 'confirmed' }],
      }),
    )
    expect(met.cells[0]!.status).toBe('met')
    expect(met.indicators[0]).toMatchObject({ share: 100, achieved: true, rating: 'green' })
  })
})

describe('"inspect 30% of departments and districts"', () => {
  it('should be achieved when the share of inspected units reaches 30%', () => {
    const indicator: Indicator = {
      id: 'inspect',
      title: 'Kiểm tra CCHC 30% cơ quan, đơn vị',
      scope: { levels: ['department', 'district'], requires: [] },
      rule: { kind: 'reportedFigure', figure: 'inspected', comparator: 'eq', threshold: 1 },
      targetShare: 30,
    }
    const reports = [
      report('D1', Q1, { inspected: true }),
      report('A', Q1, { inspected: false }),
      report('B', Q1, { inspected: false }),
    ]
    const result = computeCompliance(base({ indicators: [indicator], reports }))
    expect(result.indicators[0]).toMatchObject({
      inScope: 3,
      met: 1,
      share: 33.3,
      achieved: true,
      rating: 'green',
    })
  })
})

describe('published content owned by a unit', () => {
  it('should count articles each unit published in the period', () => {
    const indicator: Indicator = {
      id: 'news',
      title: 'Mỗi huyện đăng ít nhất 2 tin CCHC/quý',
      scope: { levels: ['district'], requires: [] },
      rule: { kind: 'contentCount', content: 'articles', min: 2 },
      targetShare: 100,
    }
    const content = [
      { kind: 'articles' as const, unitId: 'A', publishedAt: new Date('2026-01-10T00:00:00Z') },
      { kind: 'articles' as const, unitId: 'A', publishedAt: new Date('2026-03-31T16:59:00Z') },
      { kind: 'articles' as const, unitId: 'B', publishedAt: new Date('2026-02-10T00:00:00Z') },
      { kind: 'articles' as const, unitId: 'B', publishedAt: new Date('2026-03-31T17:00:00Z') },
      { kind: 'faqs' as const, unitId: 'B', publishedAt: new Date('2026-02-11T00:00:00Z') },
    ]
    const result = computeCompliance(base({ indicators: [indicator], content }))
    expect(statusOf(result, 'A')).toBe('met')
    expect(statusOf(result, 'B')).toBe('notMet')
  })
})

describe('plan participation and roll-ups', () => {
  const indicator: Indicator = {
    id: 'posted',
    title: 'x',
    scope: { levels: ['commune'], requires: [] },
    rule: {
      kind: 'reportedFigure',
      figure: 'proceduresPostedPct',
      comparator: 'gte',
      threshold: 100,
    },
    targetShare: 100,
  }

  it('should leave out units the plan excludes, with their subtrees', () => {
    const result = computeCompliance(
      base({ indicators: [indicator], plan: { rootUnitId: 'P', excludedUnitIds: ['B'] } }),
    )
    expect(result.unitsInScope.posted!.sort()).toEqual(['A1', 'A2', 'A3'])
  })

  it('should give each district the figure of its communes, and the province of all', () => {
    const reports = [
      report('A1', Q1, { proceduresPostedPct: 100 }),
      report('A2', Q1, { proceduresPostedPct: 100 }),
      report('B1', Q1, { proceduresPostedPct: 100 }),
    ]
    const result = computeCompliance(base({ indicators: [indicator], reports }))
    const roll = (unitId: string) =>
      result.rollups.find((r) => r.unitId === unitId && r.indicatorId === 'posted')
    expect(roll('A')).toMatchObject({ inScope: 3, met: 2, share: 66.7 })
    expect(roll('B')).toMatchObject({ inScope: 2, met: 1, share: 50 })
    expect(roll('P')).toMatchObject({ inScope: 5, met: 3, share: 60 })
  })
})

describe('reporting completeness and timeliness', () => {
  const deadline = new Date('2026-04-10T17:00:00+07:00')

  it('should call reports on time, late, missing or not yet due', () => {
    const reports = [
      report('A', Q1, {}, { firstSubmittedAt: new Date('2026-04-08T09:00:00+07:00') }),
      report('B', Q1, {}, { firstSubmittedAt: new Date('2026-04-12T09:00:00+07:00') }),
    ]
    expect(
      reportingTimeliness(
        ['A', 'B', 'D1'],
        reports,
        Q1,
        deadline,
        new Date('2026-04-20T00:00:00+07:00'),
      ),
    ).toEqual({ A: 'onTime', B: 'late', D1: 'missing' })
    expect(
      reportingTimeliness(['D1'], [], Q1, deadline, new Date('2026-04-05T00:00:00+07:00')),
    ).toEqual({ D1: 'notDue' })
  })

  it('should keep a reopened report on time when it was first sent in time', () => {
    const reopened = report(
      'A',
      Q1,
      {},
      { status: 'submitted', firstSubmittedAt: new Date('2026-04-09T09:00:00+07:00') },
    )
    expect(
      reportingTimeliness(['A'], [reopened], Q1, deadline, new Date('2026-05-01T00:00:00+07:00')),
    ).toEqual({ A: 'onTime' })
  })
})

describe('reported figures', () => {
  it('should refuse percentages outside 0–100, negative counts and fractions of a count', () => {
    expect(checkFigure('dossiersLatePct', 101)).toBe('percentRange')
    expect(checkFigure('dossiersLatePct', -1)).toBe('negative')
    expect(checkFigure('feedbackReceived', -3)).toBe('negative')
    expect(checkFigure('feedbackReceived', 2.5)).toBe('notWhole')
    expect(checkFigure('hasReformSection', 1)).toBe('notBoolean')
    expect(checkFigure('sipasScore', 95.2)).toBeNull()
    expect(checkFigure('onlineServicesOffered', null)).toBeNull()
  })
})

describe('pre-counted airings (tallies)', () => {
  it('should add up quarterly tallies, and count the open airings of a quarter that is over as missed', () => {
    const indicator: Indicator = {
      id: 'radio',
      title: 'x',
      scope: { levels: ['commune'], requires: ['radioStation'] },
      rule: { kind: 'broadcastCount', channel: 'communeRadio', min: 6 },
      targetShare: 100,
    }
    const tallies = [
      {
        outletId: 'st-A1',
        unitId: 'A1',
        channel: 'communeRadio' as const,
        quarter: Q1,
        scheduled: 13,
        confirmed: 7,
        missed: 0,
      },
      {
        outletId: 'st-A2',
        unitId: 'A2',
        channel: 'communeRadio' as const,
        quarter: Q1,
        scheduled: 13,
        confirmed: 3,
        missed: 1,
      },
      {
        outletId: 'st-A2',
        unitId: 'A2',
        channel: 'communeRadio' as const,
        quarter: Q2,
        scheduled: 13,
        confirmed: 13,
        missed: 0,
      },
    ]
    const result = computeCompliance(base({ indicators: [indicator], tallies }))
    expect(statusOf(result, 'A1')).toBe('met')
    expect(result.cells.find((c) => c.subjectId === 'A2')!.evidence).toEqual({
      kind: 'broadcasts',
      channel: 'communeRadio',
      confirmed: 3,
      missed: 10,
      pending: 0,
      required: 6,
    })
    const h1 = computeCompliance(
      base({ indicators: [indicator], tallies, period: periodRange({ year: 2026, key: 'H1' }) }),
    )
    expect(
      (h1.cells.find((c) => c.subjectId === 'A2')!.evidence as { confirmed: number }).confirmed,
    ).toBe(16)
    const midQ1 = computeCompliance(
      base({ indicators: [indicator], tallies, now: new Date('2026-02-15T00:00:00+07:00') }),
    )
    expect(midQ1.cells.find((c) => c.subjectId === 'A2')!.evidence).toMatchObject({
      confirmed: 3,
      missed: 1,
      pending: 9,
    })
  })
})

describe('which units count in a period: those operating throughout its last quarter', () => {
  const range = (key: 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'H1' | '9M' | 'Y', year = 2025) =>
    periodRange({ year, key })
  const merged = { validTo: '2025-06-30' }
  const made = { validFrom: '2025-07-01' }
  const lateComer = { validFrom: '2025-08-15' }
  const earlyLeaver = { validTo: '2025-08-14' }

  it('should count the merged communes in Q2 and H1 and their successor in Q3, 9 months and the year', () => {
    expect(countsIn(merged, range('Q2'))).toBe(true)
    expect(countsIn(merged, range('H1'))).toBe(true)
    expect(countsIn(merged, range('Q3'))).toBe(false)
    expect(countsIn(merged, range('9M'))).toBe(false)
    expect(countsIn(merged, range('Y'))).toBe(false)
    expect(countsIn(made, range('Q2'))).toBe(false)
    expect(countsIn(made, range('H1'))).toBe(false)
    expect(countsIn(made, range('Q3'))).toBe(true)
    expect(countsIn(made, range('9M'))).toBe(true)
    expect(countsIn(made, range('Y'))).toBe(true)
  })

  it('should count a unit opened inside a quarter from the next one, and one closed inside a quarter up to the last it saw through', () => {
    expect(countsIn(lateComer, range('Q3'))).toBe(false)
    expect(countsIn(lateComer, range('Q4'))).toBe(true)
    expect(countsIn(earlyLeaver, range('Q2'))).toBe(true)
    expect(countsIn(earlyLeaver, range('Q3'))).toBe(false)
    expect(countingDays(range('9M'))).toEqual({ first: '2025-07-01', last: '2025-09-30' })
  })

  it('should count a unit established on 1 January through the date picker in Q1 (a calendar day, not 12:00 UTC)', () => {
    expect(countsIn({ validFrom: '2026-01-01' }, range('Q1', 2026))).toBe(true)
    expect(countsIn({ validFrom: '2026-01-02' }, range('Q1', 2026))).toBe(false)
  })

  it('should take part in a plan only inside its subtree, not excluded, and while counting', () => {
    const plan = { rootUnitId: 'P', excludedUnitIds: ['B'] }
    const commune = unit('A1', 'commune', ['P', 'A'])
    expect(participates({ ...commune, ...made }, plan, range('Q3'))).toBe(true)
    expect(participates({ ...commune, ...made }, plan, range('Q2'))).toBe(false)
    expect(participates(unit('B1', 'commune', ['P', 'B']), plan, range('Q3'))).toBe(false)
    expect(participates(unit('X', 'commune', ['Q']), plan, range('Q3'))).toBe(false)
  })
})

describe('the tree as organised in a period', () => {
  it('should keep communes under the province they belonged to before a province merger', () => {
    const tree: UnitFacts[] = [
      unit('P', 'province', [], { validTo: '2025-06-30' }),
      unit('Q', 'province', [], { validFrom: '2025-07-01' }),
      unit('X', 'commune', ['Q'], { formerParents: [{ parentId: 'P', until: '2025-06-30' }] }),
    ]
    const q2 = asOrganisedIn(tree, periodRange({ year: 2025, key: 'Q2' }))
    expect(q2.find((u) => u.id === 'X')).toMatchObject({ parentId: 'P', ancestorIds: ['P'] })
    const q3 = asOrganisedIn(tree, periodRange({ year: 2025, key: 'Q3' }))
    expect(q3.find((u) => u.id === 'X')).toMatchObject({ parentId: 'Q', ancestorIds: ['Q'] })
    const plan = { rootUnitId: 'P', excludedUnitIds: [] }
    expect(
      participates(
        q2.find((u) => u.id === 'X')!,
        plan,
        periodRange({ year: 2025, key: 'Q2' }),
      ),
    ).toBe(true)
  })
})

describe("a finished period mapped to today's units", () => {
  const cell = (subjectId: string, status: 'met' | 'notMet' | 'noData') => ({
    subjectId,
    indicatorId: 'radio',
    status,
    progress: status === 'met' ? 1 : 0,
    evidence: { kind: 'content' as const, published: 0, required: 1 },
  })

  it("should aggregate predecessors' results into their successor's row and say which units it was made from", () => {
    const successors: Record<string, string[]> = {
      A: ['ABC'],
      B: ['ABC'],
      C: ['ABC'],
      S: ['S1', 'S2'],
      K: ['K'],
      GONE: [],
    }
    const mapping = mapToToday(
      [
        cell('A', 'met'),
        cell('B', 'notMet'),
        cell('C', 'met'),
        cell('S', 'met'),
        cell('K', 'noData'),
      ],
      { A: 'onTime', B: 'late', C: 'onTime', GONE: 'missing' },
      (id) => successors[id] ?? [],
    )
    const row = (id: string) => mapping.rows.find((r) => r.unitId === id)!
    expect(row('ABC')).toEqual({
      unitId: 'ABC',
      from: ['A', 'B', 'C'],
      cells: [{ indicatorId: 'radio', inScope: 3, met: 2, noData: 0, share: 66.7 }],
      timeliness: { onTime: 2, late: 1 },
    })
    expect(row('S1').cells[0]).toMatchObject({ inScope: 1, met: 1 })
    expect(row('S2').from).toEqual(['S'])
    expect(row('K').cells[0]).toMatchObject({ inScope: 1, met: 0, noData: 1 })
    expect(mapping.unmapped).toEqual(['GONE'])
  })
})
