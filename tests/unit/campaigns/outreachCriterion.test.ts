import { describe, expect, it } from '@jest/globals'

import {
  computeCompliance,
  type ComplianceInput,
  type Indicator,
  type PlanTask,
  type Report,
  type UnitFacts,
} from '@/modules/campaigns/domain/engine'
import { periodRange } from '@/modules/campaigns/domain/periods'

/** A province P with three communes: C1, C2, C3. */
const unit = (id: string, ancestors: string[]): UnitFacts => ({
  id,
  name: id,
  level: ancestors.length === 0 ? 'province' : 'commune',
  parentId: ancestors.at(-1) ?? null,
  ancestorIds: ancestors,
  hasRadioStation: false,
  hasOneStopDesk: false,
  postOfficeCulturePoints: 0,
})
const units = [unit('P', []), unit('C1', ['P']), unit('C2', ['P']), unit('C3', ['P'])]
const Q1 = periodRange({ year: 2026, key: 'Q1' })
const communes = { levels: ['commune' as const], requires: [] }

const input = (indicator: Indicator, extra: Partial<ComplianceInput>): ComplianceInput => ({
  plan: { rootUnitId: 'P', excludedUnitIds: [] },
  period: Q1,
  now: new Date('2026-06-01T00:00:00Z'),
  units,
  indicators: [indicator],
  tallies: [],
  content: [],
  reports: [],
  ...extra,
})

const report = (unitId: string, channelIds: string[]): Report => ({
  id: `r-${unitId}`,
  unitId,
  periodRange: Q1,
  status: 'submitted',
  firstSubmittedAt: new Date('2026-03-20T00:00:00Z'),
  figures: {},
  channelIds,
})

describe('"plan completion": the share of the plan\'s tasks done by their due dates', () => {
  const indicator: Indicator = {
    id: 'completion',
    title: 'Hoàn thành 100% nhiệm vụ đúng hạn',
    scope: communes,
    rule: { kind: 'planCompletion', minShare: 100 },
    targetShare: 100,
  }
  const tasks: PlanTask[] = [
    // C1: both tasks due in Q1 done in time.
    { ownerId: 'C1', due: '2026-02-15', done: true, doneOn: '2026-02-10' },
    { ownerId: 'C1', due: '2026-03-31', done: true, doneOn: '2026-03-31' },
    // C2: one done after its due day, one in time.
    { ownerId: 'C2', due: '2026-02-15', done: true, doneOn: '2026-02-20' },
    { ownerId: 'C2', due: '2026-03-01', done: true, doneOn: '2026-02-28' },
    // C2: due after the quarter, not counted yet.
    { ownerId: 'C2', due: '2026-05-01', done: false },
  ]

  it('should meet a unit whose tasks due in the period were all done by their due day', () => {
    const result = computeCompliance(input(indicator, { tasks }))
    const cell = (id: string) => result.cells.find((c) => c.subjectId === id)!
    expect(cell('C1').status).toBe('met')
    expect(cell('C1').evidence).toEqual({ kind: 'tasks', due: 2, doneInTime: 2, minShare: 100 })
  })

  it('should not count a task done after its due day, nor one falling due after the period', () => {
    const result = computeCompliance(input(indicator, { tasks }))
    const c2 = result.cells.find((c) => c.subjectId === 'C2')!
    expect(c2.status).toBe('notMet')
    expect(c2.evidence).toEqual({ kind: 'tasks', due: 2, doneInTime: 1, minShare: 100 })
    expect(c2.progress).toBe(0.5)
  })

  it('should have no data for a unit with no task due, and share the units that met it', () => {
    const result = computeCompliance(input(indicator, { tasks }))
    expect(result.cells.find((c) => c.subjectId === 'C3')!.status).toBe('noData')
    expect(result.indicators[0]).toMatchObject({ inScope: 3, met: 1, noData: 1, share: 33.3 })
  })

  it('should meet a lower bar when the indicator asks for part of the tasks', () => {
    const half: Indicator = { ...indicator, rule: { kind: 'planCompletion', minShare: 50 } }
    const result = computeCompliance(input(half, { tasks }))
    expect(result.cells.find((c) => c.subjectId === 'C2')!.status).toBe('met')
  })
})

describe('"channel diversity": at least N distinct outreach channels in the period', () => {
  const indicator: Indicator = {
    id: 'diversity',
    title: 'Sử dụng ít nhất 3 hình thức tuyên truyền',
    scope: communes,
    rule: { kind: 'channelDiversity', min: 3 },
    targetShare: 80,
  }

  it('should count distinct channels, not activities, from the report of the period', () => {
    const result = computeCompliance(
      input(indicator, {
        reports: [
          report('C1', ['radio', 'portal', 'leaflets']),
          // The same channel three times is one channel.
          report('C2', ['radio', 'radio', 'radio', 'portal']),
        ],
      }),
    )
    const cell = (id: string) => result.cells.find((c) => c.subjectId === id)!
    expect(cell('C1').status).toBe('met')
    expect(cell('C2').status).toBe('notMet')
    expect(cell('C2').evidence).toEqual({
      kind: 'channels',
      used: 2,
      required: 3,
      reportId: 'r-C2',
    })
    expect(cell('C3').status).toBe('noData')
  })

  it('should ignore a draft report', () => {
    const draft = { ...report('C1', ['a', 'b', 'c']), status: 'draft' as const }
    const result = computeCompliance(input(indicator, { reports: [draft] }))
    expect(result.cells.find((c) => c.subjectId === 'C1')!.status).toBe('noData')
  })
})
