import { AuthenticationError, type PayloadRequest } from 'payload'

import { clientAddress } from '@/platform/clientAddress'
import { processState } from '@/platform/processState'
import { slugs } from '@/platform/slugs'
import { formatDateTime } from '@/platform/time'
import { languageOf } from '@/platform/i18n/catalog'
import { proofOf, verifiedProof } from '@/platform/antispam'
import {
  afterFailure,
  proofRequired,
  retryAfter,
  type ThrottleState,
} from '@/modules/organisation/domain/signInThrottle'
import { audit } from '@/modules/organisation/audit'
import { refused } from '@/modules/organisation/i18n'

import { passwordMatches, sameCostAsACheck } from './passwordCheck'

/** Failures per account and client address, in this process (see the README on several instances). */
const throttles = () => processState('signInThrottles', () => new Map<string, ThrottleState>())
/** Proofs already used for a sign-in, until their challenge has expired anyway (20 minutes). */
const usedProofs = () => processState('signInProofs', () => new Map<string, number>())
const PROOF_KEPT_MS = 20 * 60 * 1000

/** A refusal the sign-in form recognises: solve the anti-spam puzzle, then try again. */
const proofStep = (error: ReturnType<typeof refused>) => {
  error.data = { antispam: true }
  return error
}

/**
 * After a few failures from this client for this account, each try must carry a solved anti-spam
 * proof of work (the admin's sign-in page solves it by itself), used once.
 */
const requireProof = async (req: PayloadRequest): Promise<void> => {
  const proof = proofOf(req, req.data)
  if (!proof) throw proofStep(refused(req, 'signIn.proofRequired', undefined, 400))
  const fingerprint = await verifiedProof(req, proof)
  const used = usedProofs()
  const now = Date.now()
  for (const [key, until] of used) if (until < now) used.delete(key)
  if (!fingerprint || used.has(fingerprint))
    throw proofStep(refused(req, 'signIn.proofInvalid', undefined, 400))
  used.set(fingerprint, now + PROOF_KEPT_MS)
}

export type Account = {
  id: number | string
  email?: string | null
  roles?: string[] | null
  mfaEnabled?: boolean | null
  mfaSecret?: string | null
  mfaPendingSecret?: string | null
  mfaBackupCodes?: string | null
  mfaLastStep?: number | null
  salt?: string | null
  hash?: string | null
  lockedUntil?: string | null
  unit?: number | string | null
}

const throttleKey = (req: PayloadRequest, email: string) =>
  `${email.toLowerCase().trim()}\n${clientAddress(req)}`

/**
 * Counts a failed sign-in (a wrong password or a wrong second-factor code) for this account and
 * client address, records it, and answers 401.
 */
export const failSignIn = async (
  req: PayloadRequest,
  email: string,
  user: Account | null,
  summary: Record<string, unknown> = {},
  error: Error = new AuthenticationError(req.t),
): Promise<never> => {
  const account = email.toLowerCase().trim()
  const key = throttleKey(req, account)
  // The wait counts from the answer, not from the start of the (slow) password check.
  const failedAt = Date.now()
  const next = afterFailure(throttles().get(key), failedAt)
  throttles().set(key, next)
  const wait = retryAfter(next, failedAt)
  if (user && wait !== null)
    await req.payload.db.updateOne({
      collection: slugs.users,
      id: user.id,
      data: { signInThrottledUntil: new Date(wait).toISOString() },
      returning: false,
    })
  await audit(req, {
    action: 'signIn.failure',
    actor: { id: user?.id ?? null, email: account },
    collection: slugs.users,
    documentId: user?.id ?? null,
    unit: user?.unit ?? null,
    summary: { failuresFromThisAddress: next.failures, ...summary },
  })
  throw error
}

/** A sign-in that passed both factors: this client starts again from no failures. */
export const forgetFailures = (req: PayloadRequest, email: string): void => {
  throttles().delete(throttleKey(req, email))
}

/**
 * The first factor, as every way in checks it: a client that keeps failing for one account waits
 * longer and longer (per account and client address, never for the account as a whole); an
 * unknown address costs the same work and gets the same answer as a wrong password; an account an
 * admin locked by hand is refused even with the right password. Answers the account.
 */
export const checkPassword = async (
  req: PayloadRequest,
  email: string,
  password: string,
): Promise<Account> => {
  const account = email.toLowerCase().trim()
  const key = throttleKey(req, account)
  const now = Date.now()
  const state = throttles().get(key)
  if (retryAfter(state, now) !== null) {
    await audit(req, {
      action: 'signIn.throttled',
      actor: { email: account },
      collection: slugs.users,
    })
    throw refused(req, 'signIn.throttled', undefined, 429)
  }
  if (proofRequired(state, now)) await requireProof(req)

  // System read: the account's own password hash, before anyone is signed in. Inside the request's
  // transaction: the first admin's registration creates the account and signs in within one.
  const user = await req.payload.db.findOne<Account>({
    collection: slugs.users,
    where: { email: { equals: account } },
    req,
  })
  const ok =
    user?.salt && user.hash
      ? await passwordMatches(password, user.salt, user.hash)
      : await sameCostAsACheck(password)
  if (!ok || !user) return failSignIn(req, account, user)
  if (user.lockedUntil && Date.parse(user.lockedUntil) > now) {
    await audit(req, {
      action: 'signIn.locked',
      actor: { id: user.id, email: account },
      collection: slugs.users,
      documentId: user.id,
      unit: user.unit ?? null,
    })
    throw refused(
      req,
      'signIn.locked',
      { time: formatDateTime(user.lockedUntil, languageOf(req.i18n?.language)) },
      403,
    )
  }
  return user
}
