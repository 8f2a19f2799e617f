import { describe, expect, it } from '@jest/globals'

import {
  decidePublication,
  findPersonalData,
  redactPersonalData,
} from '@/modules/content/domain/personalData'
import { monthsBefore, retentionCutoffs } from '@/modules/content/domain/retention'

describe('"Nothing personal published": finding contact details in a citizen\'s text', () => {
  it('should find email addresses', () => {
    expect(findPersonalData('Gửi về binh.tran@nguoidan.demo giúp tôi')).toEqual([
      { kind: 'email', value: 'binh.tran@nguoidan.demo' },
    ])
  })

  it('should find Vietnamese mobile numbers written with spaces, dots, dashes or +84', () => {
    for (const phone of [
      '0912345678',
      '0912 345 678',
      '091.234.5678',
      '+84 912 345 678',
      '84-981-234-567',
      '0356789012',
    ])
      expect(findPersonalData(`Số của tôi: ${phone}, xin gọi lại`)).toEqual([
        { kind: 'phone', value: phone },
      ])
  })

  it('should find landlines of eleven digits (02xx)', () => {
    expect(findPersonalData('Gọi 0239 3855 123 giờ hành chính')).toEqual([
      { kind: 'phone', value: '0239 3855 123' },
    ])
  })

  it('should find a 12-digit citizen ID number, written together or in groups', () => {
    expect(findPersonalData('CCCD 042095001234 cấp năm 2021')).toEqual([
      { kind: 'citizenId', value: '042095001234' },
    ])
    expect(findPersonalData('số định danh 042 095 001234')).toEqual([
      { kind: 'citizenId', value: '042 095 001234' },
    ])
  })

  it('should find a phone number followed by a year without merging them', () => {
    expect(findPersonalData('Gọi 0912345678 2026')).toEqual([
      { kind: 'phone', value: '0912345678' },
    ])
  })

  it('should leave alone document numbers, dates, amounts and hotlines', () => {
    expect(
      findPersonalData(
        'Theo Kế hoạch 163/KH-UBND ngày 28/12/2020, lệ phí 50.000 đồng, tổng đài 1900 1234, mã hồ sơ 000.00.21.H29-260115-0001',
      ),
    ).toEqual([])
  })

  it('should report each finding once', () => {
    expect(findPersonalData('0912345678 hoặc 0912345678')).toHaveLength(1)
  })

  it('should not report the digits of an email address as a phone number', () => {
    expect(findPersonalData('0912345678@gmail.com')).toEqual([
      { kind: 'email', value: '0912345678@gmail.com' },
    ])
  })

  it('should redact every finding', () => {
    expect(redactPersonalData('Gọi 0912 345 678 hoặc mail a@b.vn')).toBe('Gọi […] hoặc mail […]')
  })
})

describe("deciding whether a citizen's text may be published", () => {
  it('should refuse when the person did not agree to publication', () => {
    expect(
      decidePublication({ texts: ['Hỏi'], publishConsent: false, checkedByStaff: true }),
    ).toEqual({
      ok: false,
      problem: 'noPublishConsent',
    })
  })

  it('should refuse text carrying contact details, listing them, until staff confirm', () => {
    expect(
      decidePublication({ texts: ['Gọi 0912345678'], publishConsent: true, checkedByStaff: false }),
    ).toEqual({
      ok: false,
      problem: 'personalData',
      findings: [{ kind: 'phone', value: '0912345678' }],
    })
    expect(
      decidePublication({ texts: ['Gọi 0912345678'], publishConsent: true, checkedByStaff: true }),
    ).toEqual({ ok: true })
  })

  it('should allow clean text', () => {
    expect(
      decidePublication({
        texts: ['Thủ tục cần giấy tờ gì?'],
        publishConsent: true,
        checkedByStaff: false,
      }),
    ).toEqual({ ok: true })
  })
})

describe('retention periods', () => {
  it('should count calendar months back, clamping to the end of a shorter month', () => {
    expect(monthsBefore(new Date('2027-03-31T10:00:00Z'), 1).toISOString()).toBe(
      '2027-02-28T10:00:00.000Z',
    )
    expect(retentionCutoffs(new Date('2027-06-15T20:00:00Z'))).toEqual({
      answeredBefore: new Date('2026-06-15T20:00:00Z'),
      commentsSentBefore: new Date('2026-12-15T20:00:00Z'),
    })
  })
})
