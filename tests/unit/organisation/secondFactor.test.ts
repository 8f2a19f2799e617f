import { describe, expect, it } from '@jest/globals'
import { TOTP } from 'otpauth'
import { resolveMfaRequiredRoles } from '@/platform/config/env'
import { roles } from '@/platform/roles'
import {
  acceptedStep,
  hashBackupCode,
  newBackupCodes,
  newSecret,
  normaliseCode,
  secondFactorRequired,
  spendBackupCode,
  storedBackupCodes,
} from '@/modules/organisation/domain/secondFactor'

const at = Date.parse('2026-11-30T03:00:10Z')
const step = Math.floor(at / 30_000)
/** What an authenticator app shows, from the library (the RFC 6238 test vectors are its own tests). */
const appCode = (secret: string, timestamp: number) =>
  new TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp })

describe('"two-factor sign-in (TOTP, RFC 6238)"', () => {
  it('should make a 160-bit secret and an otpauth address naming CCHC and the person', () => {
    const { secret, uri } = newSecret('chi.nguyen@hatinh.gov.vn')
    expect(secret).toMatch(/^[A-Z2-7]{32}$/)
    expect(uri).toBe(
      `otpauth://totp/CCHC:chi.nguyen%40hatinh.gov.vn?issuer=CCHC&secret=${secret}&algorithm=SHA1&digits=6&period=30`,
    )
  })

  it('should accept the current code and one step either side, and no step twice', () => {
    const { secret } = newSecret('a@b.vn')
    expect(acceptedStep(secret, appCode(secret, at), at, null)).toBe(step)
    expect(acceptedStep(secret, appCode(secret, at - 30_000), at, null)).toBe(step - 1)
    expect(acceptedStep(secret, appCode(secret, at + 30_000), at, null)).toBe(step + 1)
    expect(acceptedStep(secret, appCode(secret, at + 90_000), at, null)).toBeNull()
    // Used already: that step and any before it.
    expect(acceptedStep(secret, appCode(secret, at), at, step)).toBeNull()
    expect(acceptedStep(secret, appCode(secret, at + 30_000), at, step)).toBe(step + 1)
    // Typed with spaces, it still counts; anything that is not six digits never does.
    const spaced = appCode(secret, at).replace(/^(\d{3})/, '$1 ')
    expect(acceptedStep(secret, spaced, at, null)).toBe(step)
    expect(acceptedStep(secret, '12345', at, null)).toBeNull()
    expect(acceptedStep(secret, 'abcdef', at, null)).toBeNull()
  })

  it('should make 10 distinct backup codes, each good once, kept only as hashes', () => {
    const codes = newBackupCodes()
    expect(codes).toHaveLength(10)
    expect(new Set(codes).size).toBe(10)
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/)
    const hashes = codes.map(hashBackupCode)
    expect(hashes.join()).not.toContain(codes[0]!.replace('-', ''))
    const left = spendBackupCode(hashes, codes[3]!.toLowerCase().replace('-', ' '))
    expect(left).toHaveLength(9)
    expect(spendBackupCode(left!, codes[3]!)).toBeNull()
    expect(spendBackupCode(hashes, 'AAAAA-AAAAA')).toBeNull()
    expect(spendBackupCode(hashes, '123456')).toBeNull()
    expect(storedBackupCodes(JSON.stringify(hashes))).toEqual(hashes)
    expect(storedBackupCodes('not json')).toEqual([])
    expect(storedBackupCodes(null)).toEqual([])
    expect(normaliseCode(' ab-cd ')).toBe('ABCD')
  })

  it('should require the second factor of the roles MFA_REQUIRED_ROLES names (admin and reviewer by default)', () => {
    expect(resolveMfaRequiredRoles({}, roles)).toEqual(['admin', 'reviewer'])
    expect(resolveMfaRequiredRoles({ MFA_REQUIRED_ROLES: '' }, roles)).toEqual([])
    expect(resolveMfaRequiredRoles({ MFA_REQUIRED_ROLES: ' admin , editor,admin' }, roles)).toEqual(
      ['admin', 'editor'],
    )
    expect(() => resolveMfaRequiredRoles({ MFA_REQUIRED_ROLES: 'admin,boss' }, roles)).toThrow(
      /MFA_REQUIRED_ROLES: vai trò không tồn tại: boss/,
    )
    expect(secondFactorRequired(['editor', 'reviewer'], ['admin', 'reviewer'])).toBe(true)
    expect(secondFactorRequired(['editor'], ['admin', 'reviewer'])).toBe(false)
    expect(secondFactorRequired(['admin'], [])).toBe(false)
    expect(secondFactorRequired(null, ['admin'])).toBe(false)
  })
})
