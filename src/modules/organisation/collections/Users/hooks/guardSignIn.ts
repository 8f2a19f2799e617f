import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { slugs } from '@/platform/slugs'

import { checkSecondFactor } from '@/modules/organisation/collections/Users/secondFactor'
import { checkPassword, forgetFailures } from '@/modules/organisation/collections/Users/signIn'

/** The first admin's registration signs in at once (see the README: enrol right after). */
const isFirstRegistration = (req: PayloadRequest): boolean => {
  try {
    return new URL(req.url ?? '', 'http://local').pathname.endsWith(
      `/${slugs.users}/first-register`,
    )
  } catch {
    return false
  }
}

/**
 * Before Payload's login (REST, GraphQL and the admin alike): the password (see checkPassword),
 * then the second factor where the account has one or its role requires one. Without it there is
 * no session and no token: the client signs in again with `code` (REST) once it has one.
 */
export const guardSignIn: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  if (typeof data?.email !== 'string' || typeof data.password !== 'string') return args
  const user = await checkPassword(req, data.email, data.password)
  if (!isFirstRegistration(req)) await checkSecondFactor(req, data.email, user)
  forgetFailures(req, data.email)
  return args
}
