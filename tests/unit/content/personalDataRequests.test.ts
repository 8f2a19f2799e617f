import { describe, expect, it } from '@jest/globals'

import {
  addWorkingDays,
  decideRequestChange,
  DEFAULT_HOLIDAYS,
  dueReminders,
  extendedDeadline,
  isOverdue,
  isWorkingDay,
  lastDayOf,
  normalisePhone,
  requestDeadlines,
} from '@/modules/content/domain/personalDataRequests'

const none = new Set<string>()
const vietnam = new Set(DEFAULT_HOLIDAYS.map((h) => h.day))
/** An instant given on Vietnam's clock. */
const at = (local: string) => new Date(`${local}+07:00`)

describe('"acknowledged within 2 working days, done within 15 days": counting the days', () => {
  it('should skip Saturdays and Sundays', () => {
    expect(isWorkingDay('2026-11-27', none)).toBe(true) // Friday
    expect(isWorkingDay('2026-11-28', none)).toBe(false)
    expect(isWorkingDay('2026-11-29', none)).toBe(false)
    expect(addWorkingDays('2026-11-27', 1, none)).toBe('2026-11-30')
    expect(addWorkingDays('2026-11-27', 2, none)).toBe('2026-12-01')
  })

  it('should skip the public holidays admins keep', () => {
    expect(isWorkingDay('2026-09-02', vietnam)).toBe(false)
    // Tuesday 1 September 2026 + 1 working day: Wed 2 and Thu 3 are holidays, so Friday 4.
    expect(addWorkingDays('2026-09-01', 1, vietnam)).toBe('2026-09-04')
  })

  it('should give a request received on Friday evening until Tuesday midnight to be acknowledged', () => {
    const { ackDueAt, dueAt } = requestDeadlines(at('2026-11-27T21:00:00'), vietnam)
    expect(ackDueAt.toISOString()).toBe(at('2026-12-02T00:00:00').toISOString())
    expect(lastDayOf(ackDueAt)).toBe('2026-12-01')
    // 15 calendar days from Saturday 28/11: Saturday 12/12 (the law's days, not working days).
    expect(lastDayOf(dueAt)).toBe('2026-12-12')
  })

  it('should count a request received on a Sunday from Monday on', () => {
    const { ackDueAt } = requestDeadlines(at('2026-11-29T10:00:00'), vietnam)
    expect(lastDayOf(ackDueAt)).toBe('2026-12-01')
  })

  it('should not count the days of Tết for the acknowledgement, but count them for the work', () => {
    // Received Thursday 12 February 2026; Tết 2026 is off from Monday 16 to Friday 20.
    const { ackDueAt, dueAt } = requestDeadlines(at('2026-02-12T09:00:00'), vietnam)
    expect(lastDayOf(ackDueAt)).toBe('2026-02-23')
    // 15 calendar days: Friday 27 February, holidays or not.
    expect(lastDayOf(dueAt)).toBe('2026-02-27')
    expect(lastDayOf(requestDeadlines(at('2026-02-12T09:00:00'), none).dueAt)).toBe('2026-02-27')
    // Without the holidays the acknowledgement would have been due a week earlier.
    expect(lastDayOf(requestDeadlines(at('2026-02-12T09:00:00'), none).ackDueAt)).toBe('2026-02-16')
  })

  it('should extend once by 15 days after the original deadline', () => {
    const { dueAt } = requestDeadlines(at('2026-04-20T09:00:00'), vietnam)
    expect(lastDayOf(dueAt)).toBe('2026-05-05')
    expect(lastDayOf(extendedDeadline(dueAt))).toBe('2026-05-20')
  })

  it('should read phone numbers written with +84 as the same number', () => {
    expect(normalisePhone('+84 912 345 678')).toBe('0912345678')
    expect(normalisePhone('0912.345.678')).toBe('0912345678')
  })
})

describe('"reminders before the deadlines pass"', () => {
  const request = {
    status: 'received' as const,
    ...requestDeadlines(at('2026-11-27T21:00:00'), vietnam),
    extendedDueAt: null,
  }

  it('should remind nobody before the last working day', () => {
    expect(dueReminders(request, at('2026-11-30T16:00:00'), vietnam)).toEqual([])
  })

  it('should remind on the last working day before the acknowledgement deadline', () => {
    expect(dueReminders(request, at('2026-12-01T08:00:00'), vietnam).map((r) => r.kind)).toEqual([
      'ackSoon',
    ])
  })

  it('should say once it is overdue, and stop when the request is acknowledged', () => {
    expect(dueReminders(request, at('2026-12-02T08:00:00'), vietnam).map((r) => r.kind)).toEqual([
      'ackOverdue',
    ])
    expect(isOverdue(request, at('2026-12-02T08:00:00'))).toBe(true)
    expect(
      dueReminders({ ...request, status: 'acknowledged' }, at('2026-12-02T08:00:00'), vietnam),
    ).toEqual([])
  })

  it('should remind of the completion deadline in force, the extended one once granted', () => {
    const extended = { ...request, status: 'inProgress' as const }
    // The deadline's last day is Saturday 12/12: the office is reminded on Friday 11/12.
    expect(dueReminders(extended, at('2026-12-10T16:00:00'), vietnam)).toEqual([])
    expect(dueReminders(extended, at('2026-12-11T08:00:00'), vietnam).map((r) => r.kind)).toEqual([
      'dueSoon',
    ])
    const withExtension = { ...extended, extendedDueAt: extendedDeadline(request.dueAt) }
    expect(dueReminders(withExtension, at('2026-12-11T08:00:00'), vietnam)).toEqual([])
    expect(
      dueReminders({ ...extended, status: 'completed' }, at('2027-03-01T08:00:00'), vietnam),
    ).toEqual([])
  })
})

describe('"every step of a request": what a handler may change', () => {
  const open = { status: 'acknowledged' as const, extended: false }
  const change = { extending: false, extensionReason: '', responseNote: '' }

  it('should move a request forward and never reopen a closed one', () => {
    expect(decideRequestChange(open, { ...change, status: 'completed' })).toEqual({ ok: true })
    expect(
      decideRequestChange(
        { status: 'completed', extended: false },
        { ...change, status: 'received' },
      ),
    ).toEqual({ ok: false, problem: 'transition' })
  })

  it('should refuse a refusal without its reason', () => {
    expect(decideRequestChange(open, { ...change, status: 'refused' })).toEqual({
      ok: false,
      problem: 'refusalNeedsReason',
    })
  })

  it('should grant one extension, with a reason', () => {
    const extending = { ...change, status: 'inProgress' as const, extending: true }
    expect(decideRequestChange(open, extending)).toEqual({
      ok: false,
      problem: 'extensionNeedsReason',
    })
    expect(decideRequestChange(open, { ...extending, extensionReason: 'Nhiều dữ liệu' })).toEqual({
      ok: true,
    })
    expect(
      decideRequestChange({ ...open, extended: true }, { ...extending, extensionReason: 'Lần 2' }),
    ).toEqual({ ok: false, problem: 'extensionOnce' })
  })
})
