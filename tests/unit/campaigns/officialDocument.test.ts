import { describe, expect, it } from '@jest/globals'

import { consolidatedIssue, nextIssue } from '@/modules/campaigns/domain/numbering'
import {
  dateLine,
  documentFileName,
  headerName,
  issuerSymbol,
  mmToTwips,
  numberLine,
  placeName,
  recipientLines,
  reportSubject,
  signatureLines,
} from '@/modules/campaigns/domain/officialDocument'

describe('Decree 30/2020 layout rules', () => {
  it('should write the place and date with a leading zero for days under 10 and for months 1 and 2', () => {
    // 05/03/2026 09:00 in Vietnam.
    expect(dateLine('Hà Tĩnh', new Date('2026-03-05T02:00:00Z'))).toBe(
      'Hà Tĩnh, ngày 05 tháng 3 năm 2026',
    )
    expect(dateLine('Hà Tĩnh', new Date('2026-01-09T02:00:00Z'))).toBe(
      'Hà Tĩnh, ngày 09 tháng 01 năm 2026',
    )
    expect(dateLine('Hà Tĩnh', new Date('2026-02-20T02:00:00Z'))).toBe(
      'Hà Tĩnh, ngày 20 tháng 02 năm 2026',
    )
    expect(dateLine('Cẩm Bình', new Date('2026-12-31T02:00:00Z'))).toBe(
      'Cẩm Bình, ngày 31 tháng 12 năm 2026',
    )
  })

  it("should date a document on the province's clock, not the server's", () => {
    // 31/03/2026 23:30 UTC is already 1 April in Vietnam.
    expect(dateLine('Hà Tĩnh', new Date('2026-03-31T23:30:00Z'))).toBe(
      'Hà Tĩnh, ngày 01 tháng 4 năm 2026',
    )
  })

  it('should number a report "Số: 12/BC-UBND", with "01"…"09" for the first nine', () => {
    expect(numberLine(12, 'BC', 'UBND')).toBe('Số: 12/BC-UBND')
    expect(numberLine(1, 'BC', 'SNV')).toBe('Số: 01/BC-SNV')
    expect(numberLine(null, 'BC', 'UBND')).toMatch(/^Số: +\/BC-UBND$/)
  })

  it("should abbreviate a people's committee as UBND and a department by its initials", () => {
    expect(issuerSymbol('UBND xã Cẩm Bình')).toBe('UBND')
    expect(issuerSymbol('UBND tỉnh Hà Tĩnh')).toBe('UBND')
    expect(issuerSymbol('Sở Nội vụ')).toBe('SNV')
    expect(issuerSymbol('Sở Tư pháp')).toBe('STP')
  })

  it('should use the symbol a unit set for itself instead of the derived one', () => {
    expect(issuerSymbol('Văn phòng UBND tỉnh', 'VP-UBND')).toBe('VP-UBND')
    expect(issuerSymbol('Sở Nội vụ', '  ')).toBe('SNV')
    expect(issuerSymbol('Sở Nội vụ', null)).toBe('SNV')
  })

  it('should write header names in capitals, spelling out the issuing committee', () => {
    expect(headerName('UBND tỉnh Hà Tĩnh', false)).toBe('UBND TỈNH HÀ TĨNH')
    expect(headerName('UBND xã Cẩm Bình', true)).toBe('ỦY BAN NHÂN DÂN\nXÃ CẨM BÌNH')
    expect(headerName('Sở Nội vụ', true)).toBe('SỞ NỘI VỤ')
  })

  it("should date a commune's report at the commune and a department's at the province", () => {
    expect(placeName('UBND xã Cẩm Bình', 'UBND tỉnh Hà Tĩnh', true)).toBe('Cẩm Bình')
    expect(placeName('Sở Nội vụ', 'UBND tỉnh Hà Tĩnh', false)).toBe('Hà Tĩnh')
  })

  it('should sign TM. for the collective, KT. for a deputy and Q. when acting', () => {
    expect(
      signatureLines({ capacity: 'TM', body: 'Ủy ban nhân dân', position: 'Chủ tịch' }),
    ).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'])
    expect(
      signatureLines({ capacity: 'KT', body: 'x', position: 'Phó Chủ tịch', deputyOf: 'Chủ tịch' }),
    ).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'])
    expect(signatureLines({ capacity: 'Q', body: 'x', position: 'Giám đốc' })).toEqual([
      'Q. GIÁM ĐỐC',
    ])
  })

  it('should end "Nơi nhận" with "Lưu: VT." once, whatever the reporter typed', () => {
    expect(recipientLines(['UBND tỉnh;', '- Sở Nội vụ', '', 'Lưu: VT'])).toEqual([
      '- UBND tỉnh;',
      '- Sở Nội vụ;',
      '- Lưu: VT.',
    ])
  })

  it('should measure A4 and the margins in twips for Word', () => {
    expect(mmToTwips(210)).toBe(11906)
    expect(mmToTwips(297)).toBe(16838)
    expect(mmToTwips(30)).toBe(1701)
  })

  it('should name the subject after the period and the file without diacritics', () => {
    expect(reportSubject({ year: 2026, key: 'Q1' })).toBe(
      'Kết quả công tác tuyên truyền cải cách hành chính Quý I/2026',
    )
    expect(documentFileName(['báo cáo', '12', 'BC', 'Quý I'], 'pdf')).toBe(
      'bao-cao-12-BC-Quy-I.pdf',
    )
  })
})

describe('the outgoing-document register', () => {
  it('should start each body and year at 01 and never reuse a number', () => {
    expect(nextIssue({ previous: null, highestThisYear: 0, year: 2026 })).toEqual({
      number: 1,
      version: 1,
      year: 2026,
    })
    expect(nextIssue({ previous: null, highestThisYear: 11, year: 2026 })).toEqual({
      number: 12,
      version: 1,
      year: 2026,
    })
  })

  it('should keep the number of a document issued again and make it a new version', () => {
    expect(
      nextIssue({
        previous: { number: 3, version: 1, year: 2026 },
        highestThisYear: 9,
        year: 2026,
      }),
    ).toEqual({ number: 3, version: 2, year: 2026 })
  })
})

describe("the province's consolidated report in the register", () => {
  it('should keep the number of unchanged content for anyone', () => {
    expect(consolidatedIssue({ mayIssue: false, lastFingerprint: 'a', fingerprint: 'a' })).toBe(
      'keep',
    )
    expect(consolidatedIssue({ mayIssue: true, lastFingerprint: 'a', fingerprint: 'a' })).toBe(
      'keep',
    )
  })

  it('should issue new or changed content only for someone who may issue, and draft it for others', () => {
    expect(consolidatedIssue({ mayIssue: true, lastFingerprint: null, fingerprint: 'a' })).toBe(
      'issue',
    )
    expect(consolidatedIssue({ mayIssue: true, lastFingerprint: 'a', fingerprint: 'b' })).toBe(
      'issue',
    )
    expect(consolidatedIssue({ mayIssue: false, lastFingerprint: 'a', fingerprint: 'b' })).toBe(
      'draft',
    )
    expect(consolidatedIssue({ mayIssue: false, lastFingerprint: null, fingerprint: 'a' })).toBe(
      'draft',
    )
  })
})
