import { describe, expect, it } from '@jest/globals'
import {
  auditCsv,
  auditJsonLines,
  changedFields,
  pruneBefore,
} from '@/modules/organisation/domain/audit'

describe('"the audit log says what changed, and exports safely"', () => {
  it('should summarise only the fields that changed, before and after', () => {
    expect(
      changedFields({ roles: ['editor'], unit: 3 }, { roles: ['editor', 'reviewer'], unit: 3 }, [
        'roles',
        'unit',
      ]),
    ).toEqual({ roles: { before: ['editor'], after: ['editor', 'reviewer'] } })
  })

  it('should keep 400 days and prune what is older', () => {
    expect(pruneBefore(new Date('2026-11-30T00:00:00Z'), 400).toISOString()).toBe(
      '2025-10-26T00:00:00.000Z',
    )
  })

  it('should quote CSV cells and defuse spreadsheet formulas', () => {
    const csv = auditCsv([
      { action: 'signIn.failure', actorEmail: '=HYPERLINK("x")', summary: { a: 1 } },
    ])
    expect(csv.split('\r\n')[1]).toBe(`,signIn.failure,"'=HYPERLINK(""x"")",,,"{""a"":1}",,`)
  })

  it('should write one JSON object per line', () => {
    const lines = auditJsonLines([{ action: 'signOut' }, { action: 'signIn.success' }])
      .trim()
      .split('\n')
    expect(lines.map((line) => (JSON.parse(line) as { action: string }).action)).toEqual([
      'signOut',
      'signIn.success',
    ])
  })
})
