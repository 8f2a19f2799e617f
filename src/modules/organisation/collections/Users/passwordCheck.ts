import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto'

const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'

/** Payload's own password check (both of its hash formats), for the checks made before Payload's. */
export const passwordMatches = (
  password: string,
  salt: string,
  stored: string,
): Promise<boolean> => {
  const current = stored.startsWith(CURRENT_PREFIX)
  const hex = current ? stored.slice(CURRENT_PREFIX.length) : stored
  const iterations = current ? 600_000 : 25_000
  const keyLength = current ? 32 : 512
  return new Promise((resolve) =>
    pbkdf2(password, salt, iterations, keyLength, 'sha256', (error, derived) => {
      const expected = Buffer.from(hex, 'hex')
      resolve(!error && derived.length === expected.length && timingSafeEqual(derived, expected))
    }),
  )
}

/** The same work as checking a real password, for an address that has no account. */
export const sameCostAsACheck = (password: string): Promise<boolean> =>
  new Promise((resolve) =>
    pbkdf2(password, randomBytes(32).toString('hex'), 600_000, 32, 'sha256', () => resolve(false)),
  )
