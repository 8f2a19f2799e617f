import { createHash, randomInt, timingSafeEqual } from 'node:crypto'

import { Secret, TOTP } from 'otpauth'

/** The issuer authenticator apps show next to the account. */
export const MFA_ISSUER = 'CCHC'
export const BACKUP_CODE_COUNT = 10
/** RFC 6238 defaults, the ones every authenticator app supports. */
const PERIOD_SECONDS = 30
const DIGITS = 6
/** One period either side: a phone clock a little off still works. */
const WINDOW = 1

/** Whether the roles held make a second factor compulsory. */
export const secondFactorRequired = (
  roles: readonly string[] | null | undefined,
  requiredRoles: readonly string[],
): boolean => Boolean(roles?.some((role) => requiredRoles.includes(role)))

const totp = (secret: string, email: string) =>
  new TOTP({
    issuer: MFA_ISSUER,
    label: email,
    algorithm: 'SHA1',
    digits: DIGITS,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  })

/** A new random secret (160 bits, base32) and the otpauth:// address the QR code carries. */
export const newSecret = (email: string): { secret: string; uri: string } => {
  const secret = new Secret({ size: 20 }).base32
  return { secret, uri: totp(secret, email).toString() }
}

export const otpauthUri = (secret: string, email: string): string => totp(secret, email).toString()

/** A code as typed: spaces and dashes dropped, letters in upper case. */
export const normaliseCode = (input: string): string => input.replace(/[\s-]/g, '').toUpperCase()

const isTotpShape = (code: string) => /^\d{6}$/.test(code)

/**
 * The time step a six-digit code belongs to, or null when it is wrong. A step at or before
 * `lastStep` was already used (a code read over a shoulder cannot be used again).
 */
export const acceptedStep = (
  secret: string,
  input: string,
  now: number,
  lastStep: number | null | undefined,
): number | null => {
  const code = normaliseCode(input)
  if (!isTotpShape(code)) return null
  const delta = totp(secret, '').validate({ token: code, timestamp: now, window: WINDOW })
  if (delta === null) return null
  const step = Math.floor(now / 1000 / PERIOD_SECONDS) + delta
  return lastStep !== null && lastStep !== undefined && step <= lastStep ? null : step
}

/** The current code of a secret (tests and the enrolment check use the library, never our own HMAC). */
export const currentCode = (secret: string, now: number): string =>
  totp(secret, '').generate({ timestamp: now })

// Backup codes: 10 characters from an alphabet without look-alikes (0/O, 1/I/L), shown as XXXXX-XXXXX.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

export const newBackupCodes = (count = BACKUP_CODE_COUNT): string[] =>
  Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
    return `${chars.slice(0, 5)}-${chars.slice(5)}`
  })

/** Backup codes are random (50 bits), so a plain SHA-256 keeps them unreadable; never stored as typed. */
export const hashBackupCode = (input: string): string =>
  createHash('sha256').update(normaliseCode(input)).digest('hex')

/** The stored hashes minus the one this code matches, or null when it matches none. */
export const spendBackupCode = (hashes: readonly string[], input: string): string[] | null => {
  const code = normaliseCode(input)
  if (!/^[A-Z0-9]{10}$/.test(code)) return null
  const wanted = Buffer.from(hashBackupCode(code), 'hex')
  const index = hashes.findIndex((hash) => {
    const stored = Buffer.from(hash, 'hex')
    return stored.length === wanted.length && timingSafeEqual(stored, wanted)
  })
  return index < 0 ? null : hashes.filter((_, i) => i !== index)
}

/** The stored list of backup-code hashes, whatever the column held. */
export const storedBackupCodes = (value: unknown): string[] => {
  if (typeof value !== 'string' || !value) return []
  try {
    const parsed: unknown = JSON.parse(value)
    return Array.isArray(parsed) ? parsed.filter((h): h is string => typeof h === 'string') : []
  } catch {
    return []
  }
}
