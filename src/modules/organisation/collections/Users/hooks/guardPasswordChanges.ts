import type { CollectionBeforeOperationHook } from 'payload'

import { slugs } from '@/platform/slugs'
import { passwordProblem } from '@/modules/organisation/domain/passwordRules'
import { invalidField } from '@/modules/organisation/i18n'
import { passwordMatches } from '@/modules/organisation/collections/Users/passwordCheck'

type Stored = {
  id: number | string
  email?: string | null
  name?: string | null
  salt?: string | null
  hash?: string | null
}

/**
 * Every new password (an account made, a password changed, a reset by mail) must pass the password
 * rules; a user who changes their own email or password proves it with the current password (a
 * stolen open session is not enough). Admins set others' passwords without knowing them.
 */
export const guardPasswordChanges: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const data = (args as { data?: Record<string, unknown> }).data
  if (!data) return args
  const password = typeof data.password === 'string' && data.password !== '' ? data.password : null
  const id = (args as { id?: number | string }).id

  let stored: Stored | null = null
  if (operation === 'update' && id !== undefined)
    // System read: the account's email and password hash, to check the change against them.
    stored = await req.payload.db.findOne<Stored>({
      collection: slugs.users,
      where: { id: { equals: id } },
    })
  if (operation === 'resetPassword' && typeof data.token === 'string')
    stored = await req.payload.db.findOne<Stored>({
      collection: slugs.users,
      where: { resetPasswordToken: { equals: data.token } },
    })

  const email = typeof data.email === 'string' ? data.email : stored?.email
  const emailChanges =
    operation === 'update' &&
    typeof data.email === 'string' &&
    data.email.trim().toLowerCase() !== (stored?.email ?? '').toLowerCase()

  if (
    operation === 'update' &&
    stored &&
    req.user &&
    String(req.user.id) === String(stored.id) &&
    (password !== null || emailChanges)
  ) {
    const current = typeof data.currentPassword === 'string' ? data.currentPassword : ''
    if (!current)
      throw invalidField(req, slugs.users, 'currentPassword', 'password.currentRequired')
    const ok =
      stored.salt && stored.hash && (await passwordMatches(current, stored.salt, stored.hash))
    if (!ok) throw invalidField(req, slugs.users, 'currentPassword', 'password.currentWrong')
  }

  // The account's other sessions end with the change (see endSessions).
  if (operation === 'update' && (password !== null || emailChanges))
    req.context.credentialsChanged = true
  if (operation === 'update' && password !== null) req.context.passwordChanged = true
  if (operation === 'update' && typeof data.apiKey === 'string' && data.apiKey !== '')
    req.context.apiKeyChanged = true

  if (password !== null) {
    const problem = await passwordProblem(password, {
      email,
      name: stored?.name ?? (data.name as string),
    })
    if (problem)
      throw invalidField(
        req,
        slugs.users,
        'password',
        problem.key,
        'params' in problem ? problem.params : undefined,
      )
  }
  return args
}
