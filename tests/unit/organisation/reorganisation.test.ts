import { describe, expect, it } from '@jest/globals'
import {
  planReorganisation,
  type Movable,
  type UnitRecord,
} from '@/modules/organisation/domain/reorganisation'

/**
 * Two provinces of today (P, Q), a department, four communes of P (A, B, C and D, which has a
 * public-service centre), a commune of Q, and a district of history with one of its communes.
 */
const units: UnitRecord[] = [
  { id: 1, code: 'P', name: 'Tỉnh P', level: 'province', type: 'tinh', parentId: null },
  { id: 2, code: 'Q', name: 'Tỉnh Q', level: 'province', type: 'tinh', parentId: null },
  { id: 3, code: 'P-SNV', name: 'Sở Nội vụ P', level: 'department', parentId: 1 },
  { id: 4, code: 'A', name: 'Xã A', level: 'commune', type: 'xa', parentId: 1 },
  { id: 5, code: 'B', name: 'Xã B', level: 'commune', type: 'xa', parentId: 1 },
  { id: 6, code: 'C', name: 'Phường C', level: 'commune', type: 'phuong', parentId: 1 },
  { id: 7, code: 'D', name: 'Xã D', level: 'commune', type: 'xa', parentId: 1 },
  { id: 8, code: 'D-TT', name: 'Trung tâm xã D', level: 'communeUnit', parentId: 7 },
  { id: 9, code: 'Q-X', name: 'Xã X', level: 'commune', type: 'xa', parentId: 2 },
  { id: 10, code: 'OLD', name: 'Huyện cũ', level: 'district', parentId: 1, validTo: '2025-06-30' },
  {
    id: 11,
    code: 'OLD-1',
    name: 'Xã cũ 1',
    level: 'commune',
    parentId: 10,
    validTo: '2025-06-30',
  },
  { id: 12, code: 'NEW', name: 'Xã mới', level: 'commune', parentId: 1, validFrom: '2027-01-01' },
]

const things: Movable[] = [
  { group: 'users', ref: 'a@p.vn', sourceId: 4, label: 'Người A' },
  { group: 'users', ref: 'b@p.vn', sourceId: 5, label: 'Người B' },
  { group: 'outlets', ref: '31', sourceId: 4, label: 'Trạm A' },
  { group: 'calendarToken', ref: 'A', sourceId: 4, label: 'Mã lịch A' },
  { group: 'calendarToken', ref: 'B', sourceId: 5, label: 'Mã lịch B' },
  { group: 'units', ref: 'D-TT', sourceId: 7, label: 'Trung tâm xã D' },
  { group: 'users', ref: 'd@p.vn', sourceId: 7, label: 'Người D' },
  { group: 'users', ref: 'p@p.vn', sourceId: 1, label: 'Người P' },
  { group: 'units', ref: 'P-SNV', sourceId: 1, label: 'Sở Nội vụ P' },
  { group: 'units', ref: 'A', sourceId: 1, label: 'Xã A' },
]

const keys = (outcome: ReturnType<typeof planReorganisation>) =>
  outcome.ok ? [] : outcome.problems.map((p) => p.key)

describe('planReorganisation', () => {
  it('should merge three communes into a new one: sources close the day before, everything moves, lineage links each', () => {
    const outcome = planReorganisation(
      {
        kind: 'merge',
        sources: ['a', 'B', 'C'],
        targets: [{ name: 'Xã ABC', code: 'abc', type: 'xa' }],
        effectiveDate: '2026-10-01',
      },
      units,
      things,
    )
    expect(keys(outcome)).toEqual([])
    if (!outcome.ok) return
    const { plan } = outcome
    expect(plan.closeOn).toBe('2026-09-30')
    expect(plan.sources.map((s) => s.code)).toEqual(['A', 'B', 'C'])
    expect(plan.targets).toEqual([
      {
        code: 'ABC',
        name: 'Xã ABC',
        level: 'commune',
        type: 'xa',
        officialCode: null,
        parentId: 1,
        existingId: null,
      },
    ])
    expect(plan.lineage).toEqual([
      { predecessorCode: 'A', successorCode: 'ABC' },
      { predecessorCode: 'B', successorCode: 'ABC' },
      { predecessorCode: 'C', successorCode: 'ABC' },
    ])
    const moved = plan.moves.map((m) => `${m.movable.group}:${m.movable.ref}>${m.targetCode}`)
    expect(moved).toEqual([
      'users:a@p.vn>ABC',
      'users:b@p.vn>ABC',
      'outlets:31>ABC',
      'calendarToken:A>ABC',
      // A unit holds one token: the second source's is dropped (revoked).
      'calendarToken:B>null',
    ])
  })

  it('should merge into an existing unit, which keeps its own calendar token', () => {
    const outcome = planReorganisation(
      { kind: 'merge', sources: ['A'], targets: [{ code: 'B' }], effectiveDate: '2026-10-01' },
      units,
      things,
      (id) => id === 5,
    )
    expect(keys(outcome)).toEqual([])
    if (!outcome.ok) return
    expect(outcome.plan.targets[0]).toMatchObject({ code: 'B', existingId: 5 })
    expect(outcome.plan.moves.find((m) => m.movable.group === 'calendarToken')?.targetCode).toBe(
      null,
    )
  })

  it('should split a commune only with a rule for where each thing goes', () => {
    const request = {
      kind: 'split',
      sources: ['D'],
      targets: [
        { name: 'Xã D1', code: 'D1' },
        { name: 'Xã D2', code: 'D2' },
      ],
      effectiveDate: '2026-10-01',
    }
    const refused = planReorganisation(request, units, things)
    expect(keys(refused)).toEqual(['reorg.splitNeedsRule'])
    expect(!refused.ok && refused.problems[0]!.params).toEqual({
      things: 'Trung tâm xã D, Người D',
    })

    const ruled = planReorganisation(
      { ...request, assign: { default: 'D2', users: { 'd@p.vn': 'D1' } } },
      units,
      things,
    )
    expect(keys(ruled)).toEqual([])
    if (!ruled.ok) return
    expect(ruled.plan.moves.map((m) => `${m.movable.ref}>${m.targetCode}`)).toEqual([
      'D-TT>D2',
      'd@p.vn>D1',
    ])
    expect(ruled.plan.lineage).toEqual([
      { predecessorCode: 'D', successorCode: 'D1' },
      { predecessorCode: 'D', successorCode: 'D2' },
    ])
    expect(
      keys(planReorganisation({ ...request, assign: { default: 'ELSEWHERE' } }, units, things)),
    ).toEqual(['reorg.assignUnknownTarget'])
  })

  it('should merge provinces: the new province takes the communes and departments of both', () => {
    const outcome = planReorganisation(
      {
        kind: 'merge',
        sources: ['P', 'Q'],
        targets: [{ name: 'Tỉnh PQ', code: 'PQ', level: 'province', type: 'tinh', parent: '' }],
        effectiveDate: '2026-07-01',
      },
      units,
      things,
    )
    expect(keys(outcome)).toEqual([])
    if (!outcome.ok) return
    expect(outcome.plan.targets[0]).toMatchObject({ level: 'province', parentId: null })
    expect(
      outcome.plan.moves.filter((m) => m.movable.sourceId === 1).map((m) => m.targetCode),
    ).toEqual(['PQ', 'PQ', 'PQ'])
  })

  it('should rename and move a commune as one-to-one successions', () => {
    const renamed = planReorganisation(
      {
        kind: 'rename',
        sources: ['C'],
        targets: [{ name: 'Phường Sen', code: 'SEN' }],
        effectiveDate: '2026-10-01',
      },
      units,
      things,
    )
    expect(renamed.ok && renamed.plan.targets[0]).toMatchObject({ parentId: 1, type: 'phuong' })
    const moved = planReorganisation(
      {
        kind: 'move',
        sources: ['A'],
        targets: [{ name: 'Xã A', code: 'Q-A', parent: 'Q' }],
        effectiveDate: '2026-10-01',
      },
      units,
      things,
    )
    expect(moved.ok && moved.plan.targets[0]).toMatchObject({ parentId: 2, code: 'Q-A' })
  })

  it('should refuse, with every reason, a source already closed, overlapping dates and a target under a closed parent', () => {
    expect(
      keys(
        planReorganisation(
          {
            kind: 'merge',
            sources: ['OLD-1', 'A'],
            targets: [{ name: 'X', code: 'X1', parent: 'P' }],
            effectiveDate: '2026-10-01',
          },
          units,
          things,
        ),
      ),
    ).toEqual(['reorg.sourceClosed'])
    expect(
      keys(
        planReorganisation(
          {
            kind: 'merge',
            sources: ['NEW', 'A'],
            targets: [{ name: 'X', code: 'X1' }],
            effectiveDate: '2026-10-01',
          },
          units,
          things,
        ),
      ),
    ).toEqual(['reorg.sourceTooNew'])
    expect(
      keys(
        planReorganisation(
          {
            kind: 'merge',
            sources: ['A', 'B'],
            targets: [{ code: 'NEW' }],
            effectiveDate: '2026-10-01',
          },
          units,
          things,
        ),
      ),
    ).toEqual(['reorg.targetOpensLater'])
    expect(
      keys(
        planReorganisation(
          {
            kind: 'merge',
            sources: ['A', 'B'],
            targets: [{ name: 'X', code: 'X1', parent: 'OLD' }],
            effectiveDate: '2026-10-01',
          },
          units,
          things,
        ),
      ),
    ).toEqual(['reorg.parentClosed'])
  })

  it('should hand on a unit entered with its last day already set, once', () => {
    const request = {
      kind: 'move',
      sources: ['OLD-1'],
      targets: [{ name: 'Xã mới 1', code: 'NEW-1', parent: 'P' }],
      effectiveDate: '2025-07-01',
    }
    expect(keys(planReorganisation(request, units, things))).toEqual([])
    expect(keys(planReorganisation(request, units, things, undefined, (id) => id === 11))).toEqual([
      'reorg.sourceClosed',
    ])
  })

  it('should refuse a target placed under one of the sources (a cycle) or under a unit that closes', () => {
    expect(
      keys(
        planReorganisation(
          {
            kind: 'move',
            sources: ['D'],
            targets: [{ name: 'Xã D', code: 'D-NEW', parent: 'D-TT' }],
            effectiveDate: '2026-10-01',
          },
          units,
          things,
        ),
      ),
    ).toEqual(['reorg.cycle'])
    expect(
      keys(
        planReorganisation(
          {
            kind: 'merge',
            sources: ['A', 'P'],
            targets: [{ name: 'X', code: 'X1', parent: 'P' }],
            effectiveDate: '2026-10-01',
          },
          units,
          things,
        ),
      ),
    ).toContain('reorg.parentClosed')
  })

  it('should refuse malformed requests without guessing', () => {
    expect(keys(planReorganisation({ kind: 'absorb' }, units, things))).toEqual(['reorg.kind'])
    expect(
      keys(planReorganisation({ kind: 'merge', effectiveDate: '2026-02-30' }, units, things)),
    ).toEqual(['reorg.date'])
    expect(
      keys(
        planReorganisation(
          {
            kind: 'merge',
            sources: ['A', 'NOPE', 'A'],
            targets: [{ name: 'X', code: 'B' }, { code: '' }],
            effectiveDate: '2026-10-01',
          },
          units,
          things,
        ),
      ),
    ).toEqual([
      'reorg.unknownSource',
      'reorg.duplicateSource',
      'reorg.targets.merge',
      'reorg.targetCode',
    ])
    expect(
      keys(
        planReorganisation(
          {
            kind: 'split',
            sources: ['A', 'B'],
            targets: [{ name: 'X', code: 'X1' }],
            effectiveDate: '2026-10-01',
          },
          units,
          things,
        ),
      ),
    ).toEqual(['reorg.sources.split', 'reorg.targets.split'])
    expect(
      keys(
        planReorganisation(
          {
            kind: 'merge',
            sources: ['A', 'B'],
            targets: [{ name: 'Huyện mới', code: 'H', level: 'district' }],
            effectiveDate: '2026-10-01',
          },
          units,
          things,
        ),
      ),
    ).toEqual(['unit.districtOpen'])
    expect(
      keys(
        planReorganisation(
          {
            kind: 'merge',
            sources: ['A'],
            targets: [{ name: 'X', code: 'X1' }],
            effectiveDate: '2026-10-01',
          },
          units,
          things,
        ),
      ),
    ).toEqual(['reorg.sources.merge'])
  })
})
