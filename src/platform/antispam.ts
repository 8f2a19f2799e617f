import { createHash } from 'node:crypto'

import { verifySolution } from 'altcha-lib/v1'
import type { PayloadRequest } from 'payload'

/** The key ALTCHA challenges are signed with, derived from the app secret. */
export const proofKey = (req: Pick<PayloadRequest, 'payload'>): string =>
  createHash('sha256').update(`${req.payload.secret}:altcha`).digest('hex')

/** The proof a request carries: `altcha` in its JSON body, or the X-Altcha header. */
export const proofOf = (req: PayloadRequest, data?: unknown): string | undefined => {
  const fromBody = (data as { altcha?: unknown } | null | undefined)?.altcha
  if (typeof fromBody === 'string' && fromBody) return fromBody
  return req.headers.get('x-altcha') ?? undefined
}

/**
 * The fingerprint of a solved, unexpired proof of work (ALTCHA, signed by this app), to refuse it a
 * second time; null when it is not one.
 */
export const verifiedProof = async (
  req: Pick<PayloadRequest, 'payload'>,
  proof: string,
): Promise<string | null> => {
  // A proof that does not even parse is as wrong as one that does not solve the puzzle.
  const verified = await verifySolution(proof, proofKey(req), true).catch(() => false)
  if (!verified) return null
  try {
    const { signature } = JSON.parse(Buffer.from(proof, 'base64').toString('utf8')) as {
      signature?: string
    }
    return createHash('sha256')
      .update(signature ?? proof)
      .digest('hex')
  } catch {
    return null
  }
}
