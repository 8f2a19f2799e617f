import { describe, expect, it } from '@jest/globals'
import { normaliseCalendarDay } from '@/platform/fields/dateTime'
import {
  parentOn,
  underCurrentParentSince,
  validDuring,
  validOn,
  validThroughout,
} from '@/platform/lifespan'
import { addDays, dayOf, daysOf, isDay, startOfDay, storedDay } from '@/platform/time'
import {
  lineageIndex,
  predecessorsOf,
  successorsOn,
  type LineageLink,
} from '@/modules/organisation/domain/lineage'

const normalise = (value: unknown) =>
  (normaliseCalendarDay as (args: { value: unknown }) => unknown)({ value })

describe('calendar days in Vietnam time', () => {
  it('should store the day the admin picked: its picker sends 12:00 UTC of the day', () => {
    expect(normalise('2026-01-01T12:00:00.000Z')).toBe('2026-01-01T12:00:00.000Z')
    expect(dayOf('2026-01-01T12:00:00.000Z')).toBe('2026-01-01')
  })

  it('should read any instant of the day in Vietnam as that day, and a plain YYYY-MM-DD as written', () => {
    // Local midnight of 1 July in Vietnam is 17:00 UTC on 30 June.
    expect(normalise('2025-06-30T17:00:00.000Z')).toBe('2025-07-01T12:00:00.000Z')
    expect(normalise('2025-07-01T00:00:00+07:00')).toBe('2025-07-01T12:00:00.000Z')
    expect(normalise('2025-07-01')).toBe('2025-07-01T12:00:00.000Z')
    expect(normalise('2025-07-01T23:59:00+07:00')).toBe('2025-07-01T12:00:00.000Z')
    expect(normalise(null)).toBeNull()
    expect(normalise('not a day')).toBe('not a day')
  })

  it('should count days on the calendar', () => {
    expect(addDays('2025-07-01', -1)).toBe('2025-06-30')
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(isDay('2025-02-29')).toBe(false)
    expect(storedDay('2025-07-01')).toBe('2025-07-01T12:00:00.000Z')
    expect(startOfDay('2025-07-01').toISOString()).toBe('2025-06-30T17:00:00.000Z')
    expect(
      daysOf({
        start: new Date('2025-06-30T17:00:00.000Z'),
        end: new Date('2025-09-30T17:00:00.000Z'),
      }),
    ).toEqual({ first: '2025-07-01', last: '2025-09-30' })
  })
})

describe("a unit's life", () => {
  const merged = { validTo: '2025-06-30' }
  const made = { validFrom: '2025-07-01' }

  it('should operate from its first to its last day, both included', () => {
    expect(validOn(merged, '2025-06-30')).toBe(true)
    expect(validOn(merged, '2025-07-01')).toBe(false)
    expect(validOn(made, '2025-06-30')).toBe(false)
    expect(validOn(made, '2025-07-01')).toBe(true)
    expect(validOn({}, '1999-01-01')).toBe(true)
  })

  it('should tell whether it operated through a whole span or on part of it', () => {
    expect(validThroughout(made, '2025-07-01', '2025-09-30')).toBe(true)
    expect(validThroughout(made, '2025-04-01', '2025-06-30')).toBe(false)
    expect(validThroughout(merged, '2025-04-01', '2025-06-30')).toBe(true)
    expect(validDuring(merged, '2025-06-30', '2025-09-30')).toBe(true)
    expect(validDuring(merged, '2025-07-01', '2025-09-30')).toBe(false)
  })

  it('should see a unit under the parent it had on a day', () => {
    const commune = {
      parentId: 'C',
      formerParents: [
        { parentId: 'A', until: '2024-12-31' },
        { parentId: 'B', until: '2025-06-30' },
      ],
    }
    expect(parentOn(commune, '2024-05-01')).toBe('A')
    expect(parentOn(commune, '2025-01-01')).toBe('B')
    expect(parentOn(commune, '2025-06-30')).toBe('B')
    expect(parentOn(commune, '2025-07-01')).toBe('C')
    expect(underCurrentParentSince({ validFrom: '2020-01-01', ...commune })).toBe('2025-07-01')
    expect(underCurrentParentSince({ validFrom: '2026-01-01' })).toBe('2026-01-01')
  })
})

describe('lineage', () => {
  const lives: Record<string, { validFrom?: string; validTo?: string }> = {
    A: { validTo: '2025-06-30' },
    B: { validTo: '2025-06-30' },
    AB: { validFrom: '2025-07-01', validTo: '2026-12-31' },
    ABC: { validFrom: '2027-01-01' },
    C: { validTo: '2026-12-31' },
    S: { validTo: '2026-03-31' },
    S1: { validFrom: '2026-04-01' },
    S2: { validFrom: '2026-04-01' },
    GONE: { validTo: '2025-06-30' },
  }
  const link = (predecessorId: string, successorId: string, effectiveDate: string) =>
    ({ predecessorId, successorId, effectiveDate, kind: 'merge' }) as LineageLink
  const index = lineageIndex([
    link('A', 'AB', '2025-07-01'),
    link('B', 'AB', '2025-07-01'),
    link('AB', 'ABC', '2027-01-01'),
    link('C', 'ABC', '2027-01-01'),
    link('S', 'S1', '2026-04-01'),
    link('S', 'S2', '2026-04-01'),
  ])
  const life = (id: string) => lives[id]

  it('should answer a closed unit with the units carrying its work on a day, through later mergers', () => {
    expect(successorsOn('A', '2025-05-01', index, life)).toEqual(['A'])
    expect(successorsOn('A', '2026-06-01', index, life)).toEqual(['AB'])
    expect(successorsOn('A', '2027-06-01', index, life)).toEqual(['ABC'])
    expect(successorsOn('S', '2026-06-01', index, life)).toEqual(['S1', 'S2'])
    expect(successorsOn('GONE', '2026-06-01', index, life)).toEqual([])
  })

  it('should find every unit whose work passed to a unit', () => {
    expect(predecessorsOf(['ABC'], index).sort()).toEqual(['A', 'AB', 'B', 'C'])
    expect(predecessorsOf(['S2'], index)).toEqual(['S'])
    expect(predecessorsOf(['GONE'], index)).toEqual([])
  })
})
