import { describe, expect, it } from '@jest/globals'
import { passwordProblem } from '@/modules/organisation/domain/passwordRules'

const account = { email: 'nguyen.van.an@hatinh.gov.vn', name: 'Nguyễn Văn An' }

describe('"passwords fit for a state information system"', () => {
  it('should refuse anything shorter than twelve characters', async () => {
    expect(await passwordProblem('password', account)).toEqual({
      key: 'password.tooShort',
      params: { min: 12 },
    })
    expect(await passwordProblem('12345678', account)).toMatchObject({ key: 'password.tooShort' })
  })

  it('should refuse common and guessable passwords of any length', async () => {
    for (const weak of ['passwordpassword', '123456789012', 'qwertyuiopasdf', 'aaaaaaaaaaaaaa'])
      expect(await passwordProblem(weak, account)).toEqual({ key: 'password.weak' })
  })

  it('should refuse the account’s own email as its password', async () => {
    expect(await passwordProblem('Nguyen.Van.An@hatinh.gov.vn', account)).toEqual({
      key: 'password.sameAsEmail',
    })
  })

  it('should accept a long passphrase', async () => {
    expect(await passwordProblem('Một mật khẩu mới rất dài 2026', account)).toBeNull()
    expect(await passwordProblem('DoiMatKhau@2026', account)).toBeNull()
  })
})
