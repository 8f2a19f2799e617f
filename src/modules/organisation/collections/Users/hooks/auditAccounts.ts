import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterLoginHook,
  CollectionAfterLogoutHook,
} from 'payload'

import type { User } from '@/payload-types'
import { isQuiet } from '@/platform/context'
import { relationId } from '@/platform/fields/relationId'
import { slugs } from '@/platform/slugs'
import { audit, type AuditEntry } from '@/modules/organisation/audit'
import { changedFields } from '@/modules/organisation/domain/audit'

const about = (user: Pick<User, 'id' | 'unit' | 'email'>) => ({
  collection: slugs.users,
  documentId: user.id,
  unit: relationId(user.unit),
})

export const auditSignIn: CollectionAfterLoginHook<User> = async ({ req, user }) => {
  await audit(req, {
    action: 'signIn.success',
    actor: { id: user.id, email: user.email },
    ...about(user),
  })
}

export const auditSignOut: CollectionAfterLogoutHook<User> = async ({ req }) => {
  const user = req.user
  if (user && user.collection === slugs.users)
    await audit(req, { action: 'signOut', ...about(user as User) })
}

/** afterChange: accounts made, roles, units, API keys, locks, passwords and emails changed. */
export const auditAccountChanges: CollectionAfterChangeHook<User> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (isQuiet(req)) return doc
  const entries: AuditEntry[] = []
  const target = about(doc)
  if (operation === 'create') {
    entries.push({
      action: 'user.created',
      ...target,
      summary: { email: doc.email, roles: doc.roles, unit: relationId(doc.unit) },
    })
  } else {
    const changes = changedFields(
      { ...previousDoc, unit: relationId(previousDoc.unit) },
      { ...doc, unit: relationId(doc.unit) },
      ['roles', 'unit', 'enableAPIKey', 'lockedUntil', 'email'],
    )
    if (changes.roles)
      entries.push({ action: 'user.rolesChanged', ...target, summary: changes.roles })
    if (changes.unit) entries.push({ action: 'user.unitChanged', ...target, summary: changes.unit })
    // The key itself is never written to the log, only that it changed.
    const keyChanged = req.context.apiKeyChanged === true || Boolean(changes.enableAPIKey)
    if (keyChanged)
      entries.push({
        action: 'user.apiKeyChanged',
        ...target,
        summary: {
          enabled: { before: previousDoc.enableAPIKey ?? false, after: doc.enableAPIKey ?? false },
        },
      })
    if (changes.lockedUntil) {
      const locked = doc.lockedUntil && Date.parse(doc.lockedUntil) > Date.now()
      entries.push({
        action: locked ? 'user.locked' : 'user.unlocked',
        ...target,
        summary: changes.lockedUntil,
      })
    }
    if (changes.email) entries.push({ action: 'email.changed', ...target, summary: changes.email })
    if (req.context.passwordChanged === true)
      entries.push({ action: 'password.changed', ...target })
  }
  for (const entry of entries) await audit(req, entry)
  return doc
}

export const auditAccountDeleted: CollectionAfterDeleteHook<User> = async ({ doc, req }) => {
  if (!isQuiet(req))
    await audit(req, {
      action: 'user.deleted',
      ...about(doc),
      summary: { email: doc.email, roles: doc.roles },
    })
  return doc
}
