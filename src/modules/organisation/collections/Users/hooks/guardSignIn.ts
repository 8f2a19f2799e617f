import { AuthenticationError, type CollectionBeforeOperationHook } from 'payload'

import { clientAddress } from '@/platform/clientAddress'
import { processState } from '@/platform/processState'
import { slugs } from '@/platform/slugs'
import { formatDateTime } from '@/platform/time'
import { languageOf } from '@/platform/i18n/catalog'
import {
  afterFailure,
  retryAfter,
  type ThrottleState,
} from '@/modules/organisation/domain/signInThrottle'
import { audit } from '@/modules/organisation/audit'
import { refused } from '@/modules/organisation/i18n'

import {
  passwordMatches,
  sameCostAsACheck,
} from '@/modules/organisation/collections/Users/passwordCheck'

/** Failures per account and client address, in this process (see the README on several instances). */
const throttles = () => processState('signInThrottles', () => new Map<string, ThrottleState>())

type Account = {
  id: number | string
  salt?: string | null
  hash?: string | null
  lockedUntil?: string | null
  unit?: number | string | null
}

/**
 * Before Payload's login (REST, GraphQL and the admin alike): a client that keeps failing for one
 * account waits longer and longer (per account and client address, never for the account as a
 * whole); an unknown address costs the same work and gets the same answer as a wrong password; an
 * account an admin locked by hand is refused even with the right password.
 */
export const guardSignIn: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  if (typeof data?.email !== 'string' || typeof data.password !== 'string') return args
  const account = data.email.toLowerCase().trim()
  const key = `${account}\n${clientAddress(req)}`
  const now = Date.now()
  const state = throttles().get(key)
  const until = retryAfter(state, now)
  if (until !== null) {
    await audit(req, {
      action: 'signIn.throttled',
      actor: { email: account },
      collection: slugs.users,
    })
    throw refused(req, 'signIn.throttled', undefined, 429)
  }

  // System read: the account's own password hash, before anyone is signed in. Inside the request's
  // transaction: the first admin's registration creates the account and signs in within one.
  const user = await req.payload.db.findOne<Account>({
    collection: slugs.users,
    where: { email: { equals: account } },
    req,
  })
  const ok =
    user?.salt && user.hash
      ? await passwordMatches(data.password, user.salt, user.hash)
      : await sameCostAsACheck(data.password)
  if (!ok) {
    // The wait counts from the answer, not from the start of the (slow) password check.
    const failedAt = Date.now()
    const next = afterFailure(state, failedAt)
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
      summary: { failuresFromThisAddress: next.failures },
    })
    throw new AuthenticationError(req.t)
  }
  throttles().delete(key)
  if (user?.lockedUntil && Date.parse(user.lockedUntil) > now) {
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
  return args
}
