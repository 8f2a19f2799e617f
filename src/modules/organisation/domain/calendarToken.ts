import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * Secrets that let a calendar app read one unit's feeds (calendar apps cannot log in). A token is
 * 256 random bits in base64url (43 URL-safe characters); only its SHA-256 is stored, so a leaked
 * database or backup does not leak working feed addresses. A fast hash is enough here: the token is
 * random and long, so there is nothing to guess from the hash (unlike a password).
 */
const CALENDAR_TOKEN_BYTES = 32

export const hashCalendarToken = (token: string): string =>
  createHash('sha256').update(token, 'utf8').digest('hex')

/** A fresh token and the hash to store; the token itself is shown once and never kept. */
export const newCalendarToken = (): { token: string; hash: string } => {
  const token = randomBytes(CALENDAR_TOKEN_BYTES).toString('base64url')
  return { token, hash: hashCalendarToken(token) }
}

// Compared against when nothing is stored, so a unit without a token costs the same as a wrong token.
const NO_HASH = Buffer.alloc(32)

/**
 * Whether `presented` is the token behind `storedHash`, compared in constant time (the hashes always
 * have the same length, whatever was presented). A missing token or hash never matches.
 */
export const calendarTokenMatches = (
  presented: string | null | undefined,
  storedHash: string | null | undefined,
): boolean => {
  const expected =
    typeof storedHash === 'string' && /^[0-9a-f]{64}$/.test(storedHash)
      ? Buffer.from(storedHash, 'hex')
      : NO_HASH
  const actual = Buffer.from(hashCalendarToken(presented ?? ''), 'hex')
  const same = timingSafeEqual(actual, expected)
  return same && expected !== NO_HASH && Boolean(presented)
}
