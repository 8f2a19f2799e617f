import { describe, expect, it } from '@jest/globals'

import { canUndo, dueWindow, hasStarted, isDueRange } from '@/modules/campaigns/domain/dueAirings'

// Wednesday 2 December 2026, 00:30 in Vietnam (still Tuesday in UTC).
const now = new Date('2026-12-01T17:30:00.000Z')

describe('the airings due', () => {
  it('should take today and this week on the Vietnam clock', () => {
    expect(dueWindow('today', now)).toEqual({
      start: new Date('2026-12-01T17:00:00.000Z'),
      end: new Date('2026-12-02T17:00:00.000Z'),
    })
    // Monday 30/11 00:00 to Monday 7/12 00:00 in Vietnam.
    expect(dueWindow('week', now)).toEqual({
      start: new Date('2026-11-29T17:00:00.000Z'),
      end: new Date('2026-12-06T17:00:00.000Z'),
    })
    // On a Sunday evening the week is still the one that began six days before.
    expect(dueWindow('week', new Date('2026-12-06T16:59:00.000Z')).start).toEqual(
      new Date('2026-11-29T17:00:00.000Z'),
    )
  })

  it('should know only the two ranges', () => {
    expect(isDueRange('today')).toBe(true)
    expect(isDueRange('week')).toBe(true)
    expect(isDueRange('month')).toBe(false)
    expect(isDueRange(undefined)).toBe(false)
  })

  it('should count an airing as started from its first minute', () => {
    expect(hasStarted(now, now)).toBe(true)
    expect(hasStarted(new Date(now.getTime() + 60_000), now)).toBe(false)
  })

  it('should let only the person who said it take it back, and only the same day', () => {
    // Said at 23:50 on Tuesday in Vietnam: Wednesday 00:30 is another day.
    const lastNight = { confirmedBy: 7, createdAt: '2026-12-01T16:50:00.000Z' }
    const tonight = { confirmedBy: 7, createdAt: '2026-12-01T17:10:00.000Z' }
    expect(canUndo(tonight, 7, now)).toBe(true)
    expect(canUndo(tonight, '7', now)).toBe(true)
    expect(canUndo(tonight, 8, now)).toBe(false)
    expect(canUndo(lastNight, 7, now)).toBe(false)
    expect(canUndo({ confirmedBy: null, createdAt: tonight.createdAt }, 7, now)).toBe(false)
  })
})
