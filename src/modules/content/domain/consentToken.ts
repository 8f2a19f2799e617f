import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The token in the withdrawal link of every mail to a citizen: the consent record's id, signed with
 * the app secret, so the link works without an account and cannot be guessed for someone else.
 */
const signature = (secret: string, id: string): string =>
  createHmac('sha256', `${secret}:consent-withdrawal`).update(id).digest('base64url').slice(0, 32)

export const consentToken = (secret: string, id: number | string): string =>
  `${id}.${signature(secret, String(id))}`

/** The consent id a token names, or null when it is malformed or not signed by this app. */
export const consentIdOfToken = (
  secret: string,
  token: string | null | undefined,
): string | null => {
  const match = /^([A-Za-z0-9]{1,40})\.([A-Za-z0-9_-]{32})$/.exec(token ?? '')
  if (!match) return null
  const expected = Buffer.from(signature(secret, match[1]!))
  const given = Buffer.from(match[2]!)
  return expected.length === given.length && timingSafeEqual(expected, given) ? match[1]! : null
}
