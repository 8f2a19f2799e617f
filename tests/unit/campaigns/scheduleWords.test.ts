import { describe, expect, it } from '@jest/globals'

import { airingTitle, describeSchedule } from '@/modules/campaigns/domain/scheduleWords'

// Wednesday 7 October 2026, 06:30 in Vietnam.
const start = '2026-10-06T23:30:00.000Z'

describe('a schedule in words', () => {
  it.each([
    [null, 'Một lần: 07/10/2026 06:30', 'Once: 07/10/2026 06:30'],
    ['FREQ=WEEKLY;BYDAY=WE', 'Thứ Tư hằng tuần, 06:30', 'Every Wednesday, 06:30'],
    ['FREQ=WEEKLY', 'Thứ Tư hằng tuần, 06:30', 'Every Wednesday, 06:30'],
    [
      'FREQ=WEEKLY;BYDAY=MO,WE,FR',
      'Thứ Hai, Thứ Tư và Thứ Sáu hằng tuần, 06:30',
      'Every Monday, Wednesday and Friday, 06:30',
    ],
    [
      'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
      'Thứ Hai đến Thứ Sáu hằng tuần, 06:30',
      'Every Monday to Friday, 06:30',
    ],
    [
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE',
      'Thứ Tư, 2 tuần một lần, 06:30',
      'Every 2 weeks on Wednesday, 06:30',
    ],
    ['FREQ=DAILY', 'Hằng ngày, 06:30', 'Every day, 06:30'],
    ['FREQ=DAILY;INTERVAL=3', '3 ngày một lần, 06:30', 'Every 3 days, 06:30'],
    ['FREQ=MONTHLY;BYMONTHDAY=1', 'Ngày 1 hằng tháng, 06:30', 'Every month on day 1, 06:30'],
    ['FREQ=MONTHLY', 'Ngày 7 hằng tháng, 06:30', 'Every month on day 7, 06:30'],
    [
      'FREQ=MONTHLY;BYDAY=-1FR',
      'Thứ Sáu cuối cùng hằng tháng, 06:30',
      'Every month on the last Friday, 06:30',
    ],
    ['FREQ=YEARLY', 'Ngày 07/10 hằng năm, 06:30', 'Every year on 07/10, 06:30'],
    [
      'FREQ=WEEKLY;BYDAY=WE;COUNT=4',
      'Thứ Tư hằng tuần, 06:30, 4 lần',
      'Every Wednesday, 06:30, 4 times',
    ],
    [
      'FREQ=DAILY;BYHOUR=6,18',
      'Lịch riêng: FREQ=DAILY;BYHOUR=6,18',
      'Custom schedule: FREQ=DAILY;BYHOUR=6,18',
    ],
    ['not a rule', 'Lịch riêng: not a rule', 'Custom schedule: not a rule'],
  ])('should say %s as people do', (rrule, vi, en) => {
    expect(describeSchedule({ start, rrule }, 'vi')).toBe(vi)
    expect(describeSchedule({ start, rrule }, 'en')).toBe(en)
  })

  it('should name the last day of a repeating item on the Vietnam calendar', () => {
    // Stored as noon UTC of 31/12/2026.
    const item = { start, rrule: 'FREQ=WEEKLY;BYDAY=WE', repeatUntil: '2026-12-31T12:00:00.000Z' }
    expect(describeSchedule(item, 'vi')).toBe('Thứ Tư hằng tuần, 06:30, đến hết 31/12/2026')
    expect(describeSchedule(item, 'en')).toBe('Every Wednesday, 06:30, until 31/12/2026')
  })

  it('should keep the Vietnam clock for an item that starts late in the evening', () => {
    // 23:00 on Sunday 4 October 2026 in Vietnam is still Sunday afternoon in UTC.
    expect(
      describeSchedule({ start: '2026-10-04T16:00:00.000Z', rrule: 'FREQ=WEEKLY' }, 'vi'),
    ).toBe('Chủ nhật hằng tuần, 23:00')
  })
})

describe('an airing title', () => {
  it('should name the item and when it was due on the Vietnam clock', () => {
    expect(airingTitle('Chuyên mục Cải cách hành chính ', start)).toBe(
      'Chuyên mục Cải cách hành chính – 07/10/2026 06:30',
    )
  })
})
