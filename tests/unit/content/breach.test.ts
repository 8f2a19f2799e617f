import { describe, expect, it } from '@jest/globals'

import {
  AUTHORITY,
  breachNotice,
  breachProblem,
  deadlineState,
  dueBreachReminders,
  hoursLeft,
  isLate,
  notificationDeadline,
  officialDateTime,
} from '@/modules/content/domain/breach'

// 09:15 on 2 March 2026 in Vietnam (UTC+7).
const discovered = '2026-03-02T02:15:00.000Z'
const at = (hoursAfterDiscovery: number) =>
  new Date(Date.parse(discovered) + hoursAfterDiscovery * 3_600_000)

describe('The 72-hour notification deadline of a personal-data breach', () => {
  it('should fall 72 hours after the discovery, across days and months', () => {
    expect(notificationDeadline(discovered).toISOString()).toBe('2026-03-05T02:15:00.000Z')
    expect(notificationDeadline('2026-02-27T20:00:00.000Z').toISOString()).toBe(
      '2026-03-02T20:00:00.000Z',
    )
  })

  it('should count whole hours left, and hours overdue once passed', () => {
    expect(hoursLeft(discovered, at(0))).toBe(72)
    expect(hoursLeft(discovered, at(48.5))).toBe(23)
    expect(hoursLeft(discovered, at(72))).toBe(0)
    expect(hoursLeft(discovered, at(73.2))).toBe(-2)
  })

  it('should tell open, overdue, and notified on time or late', () => {
    expect(deadlineState({ discoveredAt: discovered }, at(10))).toMatchObject({
      kind: 'open',
      hoursLeft: 62,
    })
    expect(deadlineState({ discoveredAt: discovered }, at(80))).toMatchObject({
      kind: 'overdue',
      hoursOverdue: 8,
    })
    expect(
      deadlineState({ discoveredAt: discovered, notifiedAt: at(71).toISOString() }, at(100)),
    ).toMatchObject({ kind: 'notified', late: false })
    expect(
      deadlineState({ discoveredAt: discovered, notifiedAt: at(72.1).toISOString() }, at(100)),
    ).toMatchObject({ kind: 'notified', late: true })
  })

  it('should count a notification at exactly 72 hours as on time', () => {
    expect(isLate(discovered, at(72))).toBe(false)
    expect(isLate(discovered, at(72.01))).toBe(true)
  })
})

describe('The rules a breach record must keep', () => {
  it('should ask for the reason of a notification after 72 hours', () => {
    expect(breachProblem({ discoveredAt: discovered, notifiedAt: at(80).toISOString() })).toEqual({
      path: 'lateReason',
      key: 'breach.lateReasonRequired',
    })
    expect(
      breachProblem({
        discoveredAt: discovered,
        notifiedAt: at(80).toISOString(),
        lateReason: '  ',
      }),
    ).not.toBeNull()
    expect(
      breachProblem({
        discoveredAt: discovered,
        notifiedAt: at(80).toISOString(),
        lateReason: 'Chờ kết quả điều tra của nhà cung cấp.',
      }),
    ).toBeNull()
    expect(breachProblem({ discoveredAt: discovered, notifiedAt: at(30).toISOString() })).toBeNull()
  })

  it('should refuse a notification before the discovery and an occurrence after it', () => {
    expect(breachProblem({ discoveredAt: discovered, notifiedAt: at(-1).toISOString() })).toEqual({
      path: 'notifiedAt',
      key: 'breach.notifiedBeforeDiscovery',
    })
    expect(breachProblem({ discoveredAt: discovered, occurredAt: at(2).toISOString() })).toEqual({
      path: 'occurredAt',
      key: 'breach.occurredAfterDiscovery',
    })
  })

  it('should refuse the status "notified" without the moment of notification', () => {
    expect(breachProblem({ discoveredAt: discovered, status: 'notified' })).toEqual({
      path: 'notifiedAt',
      key: 'breach.notifiedRequired',
    })
  })
})

describe('Which reminder mails a breach calls for', () => {
  const breach = { discoveredAt: discovered, createdAt: at(1).toISOString() }

  it('should call for the registration mail alone while more than 24 hours remain', () => {
    expect(dueBreachReminders(breach, at(2))).toEqual(['registered'])
    expect(dueBreachReminders(breach, at(47.9))).toEqual(['registered'])
  })

  it('should add the 24-hours-left mail in the last day and the overdue mail after it', () => {
    expect(dueBreachReminders(breach, at(48))).toEqual(['registered', 'dayLeft'])
    expect(dueBreachReminders(breach, at(72))).toEqual(['registered', 'dayLeft'])
    expect(dueBreachReminders(breach, at(72.5))).toEqual(['registered', 'overdue'])
  })

  it('should send no deadline mail once the authority was notified', () => {
    expect(dueBreachReminders({ ...breach, notifiedAt: at(20).toISOString() }, at(80))).toEqual([
      'registered',
    ])
  })

  it('should skip the 24-hours-left mail for a breach registered inside the last day', () => {
    expect(dueBreachReminders({ ...breach, createdAt: at(60).toISOString() }, at(61))).toEqual([
      'registered',
    ])
  })
})

describe('The 72-hour notification to the authority', () => {
  const issuer = {
    parentBody: null,
    body: 'UBND tỉnh Hà Tĩnh',
    symbol: 'UBND',
    place: 'Hà Tĩnh',
  }
  const breach = {
    discoveredAt: discovered,
    occurredAt: '2026-03-01T15:00:00.000Z',
    description: 'Tệp xuất danh sách người hỏi bị gửi nhầm ra ngoài.\nĐã thu hồi thư.',
    dataCategories: 'Họ tên, thư điện tử, số điện thoại',
    affectedPeople: 1250,
    consequences: 'Người dân có thể bị gọi điện quấy rối.',
    measures: 'Thu hồi thư, đổi quy trình xuất dữ liệu.',
    subjectsInformed: true,
    subjectsInformedNote: 'Đã gửi thư cho từng người ngày 03/3/2026.',
    contactName: 'Nguyễn Văn An',
    contactPosition: 'Phó Giám đốc Sở',
    contactPhone: '0239 3855 123',
    contactEmail: 'an.nv@hatinh.gov.vn',
  }

  it("should be a Decree 30 letter to A05 with the breach's fields under the law's headings", () => {
    const doc = breachNotice(breach, issuer, at(20))
    expect(doc.issuingBody).toBe('ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH')
    expect(doc.numberLine).toBe('Số:       /TB-UBND')
    expect(doc.dateLine).toBe('Hà Tĩnh, ngày 03 tháng 3 năm 2026')
    expect(doc.kind).toBe('THÔNG BÁO')
    expect(doc.subject).toBe('Vi phạm quy định về bảo vệ dữ liệu cá nhân')
    const text = doc.body.map((b) => ('text' in b ? b.text : '')).join('\n')
    expect(text).toContain(`Kính gửi: ${AUTHORITY}.`)
    expect(text).toContain('Thời điểm xảy ra: 22:00 ngày 01/03/2026')
    expect(text).toContain('Thời điểm phát hiện: 09:15 ngày 02/03/2026')
    expect(text).toContain('Đã thu hồi thư.')
    expect(text).toContain('Loại dữ liệu cá nhân liên quan: Họ tên, thư điện tử, số điện thoại')
    expect(text).toContain('khoảng 1.250 người')
    expect(text).toContain('Nguyễn Văn An; chức vụ: Phó Giám đốc Sở')
    expect(text).toContain('an.nv@hatinh.gov.vn')
    expect(text).toContain('Người dân có thể bị gọi điện quấy rối.')
    expect(text).toContain('Thu hồi thư, đổi quy trình xuất dữ liệu.')
    expect(text).toContain('Đã thông báo cho chủ thể dữ liệu bị ảnh hưởng.')
    expect(text).not.toContain('Lý do thông báo sau 72 giờ')
    expect(doc.recipients).toEqual(['- Như trên;', '- Lưu: VT.'])
  })

  it('should give the reason of a late notification and date the letter on the notification', () => {
    const late = breachNotice(
      { ...breach, notifiedAt: at(90).toISOString(), lateReason: 'Chờ xác minh phạm vi.' },
      issuer,
      at(200),
    )
    const text = late.body.map((b) => ('text' in b ? b.text : '')).join('\n')
    expect(text).toContain('6. Lý do thông báo sau 72 giờ kể từ khi phát hiện')
    expect(text).toContain('Chờ xác minh phạm vi.')
    expect(late.dateLine).toBe('Hà Tĩnh, ngày 06 tháng 3 năm 2026')
  })

  it('should mark what is not yet known instead of leaving blanks', () => {
    const doc = breachNotice(
      { discoveredAt: discovered, description: 'Mất máy tính.' },
      issuer,
      at(1),
    )
    const text = doc.body.map((b) => ('text' in b ? b.text : '')).join('\n')
    expect(text).toContain('Thời điểm xảy ra: (chưa xác định)')
    expect(text).toContain('Số lượng chủ thể dữ liệu bị ảnh hưởng: (chưa xác định)')
  })

  it('should write moments on Vietnam time', () => {
    expect(officialDateTime('2026-12-31T17:30:00.000Z')).toBe('00:30 ngày 01/01/2027')
  })
})
