import { describe, expect, it } from '@jest/globals'
import { foldKey, foldVietnamese } from '@/platform/text/fold'

describe('foldVietnamese', () => {
  it('should remove every tone mark from every vowel', () => {
    const vowels = 'àáảãạ ăằắẳẵặ âầấẩẫậ èéẻẽẹ êềếểễệ ìíỉĩị òóỏõọ ôồốổỗộ ơờớởỡợ ùúủũụ ưừứửữự ỳýỷỹỵ'
    expect(foldVietnamese(vowels)).toBe(
      'aaaaa aaaaaa aaaaaa eeeee eeeeee iiiii ooooo oooooo oooooo uuuuu uuuuuu yyyyy',
    )
  })

  it('should turn đ and Đ into d', () => {
    expect(foldVietnamese('Đường đến đích')).toBe('duong den dich')
  })

  it('should lower-case upper-case letters with marks', () => {
    expect(foldVietnamese('CẢI CÁCH THỦ TỤC HÀNH CHÍNH')).toBe('cai cach thu tuc hanh chinh')
  })

  it('should fold composed and decomposed forms to the same text', () => {
    const composed = 'Cải cách'.normalize('NFC')
    const decomposed = 'Cải cách'.normalize('NFD')
    expect(composed).not.toBe(decomposed)
    expect(foldVietnamese(composed)).toBe(foldVietnamese(decomposed))
    expect(foldVietnamese(decomposed)).toBe('cai cach')
  })

  it('should leave ASCII text, digits and punctuation alone apart from case', () => {
    expect(foldVietnamese('Kế hoạch 163/KH-UBND')).toBe('ke hoach 163/kh-ubnd')
  })

  it('should collapse spaces in keys', () => {
    expect(foldKey('  Thị   Trấn ')).toBe('thi tran')
  })
})
