import { describe, expect, it } from '@jest/globals'

import { DAY } from '@/platform/time'
import {
  DUE_SOON_DAYS,
  reportTaskOf,
  tallyReportTasks,
  type OwedReport,
} from '@/modules/campaigns/domain/reportTasks'

const now = new Date('2026-11-30T03:00:00.000Z')
const owed = (days: number, status: OwedReport['status'], graceDays = 0): OwedReport => ({
  deadline: new Date(now.getTime() + days * DAY),
  closesAt: new Date(now.getTime() + (days + graceDays) * DAY),
  status,
})

describe('what an owed report asks of its unit', () => {
  it('nothing once sent, whatever the deadline', () => {
    expect(reportTaskOf(owed(-10, 'submitted'), now)).toBeNull()
    expect(reportTaskOf(owed(5, 'approved'), now)).toBeNull()
  })

  it('a returned report is to mend, late or not', () => {
    expect(reportTaskOf(owed(-10, 'returned'), now)).toBe('returned')
    expect(reportTaskOf(owed(40, 'returned'), now)).toBe('returned')
  })

  it('unsent past the grace days is late; within them it is still due', () => {
    expect(reportTaskOf(owed(-1, null), now)).toBe('late')
    expect(reportTaskOf(owed(-1, 'draft'), now)).toBe('late')
    expect(reportTaskOf(owed(-1, null, 3), now)).toBe('due')
  })

  it(`due within ${DUE_SOON_DAYS} days, not before`, () => {
    expect(reportTaskOf(owed(DUE_SOON_DAYS, null), now)).toBe('due')
    expect(reportTaskOf(owed(DUE_SOON_DAYS + 1, null), now)).toBeNull()
  })

  it('tallies each kind with its nearest deadline', () => {
    const tally = tallyReportTasks(
      [owed(20, null), owed(3, 'draft'), owed(-8, null), owed(-2, null), owed(-30, 'returned')],
      now,
    )
    expect(tally.due).toEqual({ count: 2, deadline: owed(3, null).deadline })
    expect(tally.late).toEqual({ count: 2, deadline: owed(-8, null).deadline })
    expect(tally.returned).toEqual({ count: 1, deadline: owed(-30, null).deadline })
  })
})
