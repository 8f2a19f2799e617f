import type { CollectionBeforeOperationHook } from 'payload'

import { asSystem } from '@/platform/access/asUser'
import { relationId } from '@/platform/fields/relationId'
import { isAdminUser } from '@/platform/roles'
import { slugs } from '@/platform/slugs'
import { refused } from '@/modules/organisation/i18n'

const sameRoles = (a: unknown, b: unknown): boolean =>
  JSON.stringify([...((a as string[] | null) ?? [])].sort()) ===
  JSON.stringify([...((b as string[] | null) ?? [])].sort())

/**
 * Roles, a user's unit, API keys and locks are the admins' to change. Field access alone would drop such a
 * change silently; a non-admin who tries gets a clear refusal instead. Runs before the operation, on
 * the data exactly as sent (field access has not stripped anything yet).
 */
export const guardPrivilegedChanges: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'update' && operation !== 'create') return args
  const data = args.data as Record<string, unknown> | undefined
  if (!data || !req.user || isAdminUser(req.user)) return args

  const touchesKey =
    ('enableAPIKey' in data && data.enableAPIKey !== undefined) ||
    ('apiKey' in data && data.apiKey !== undefined)
  let changed = touchesKey && operation === 'create'
  const id = (args as { id?: number | string }).id
  // A bulk update (`PATCH /api/users?where=…`) names no one user to compare with: any privileged
  // field in it is refused.
  if (operation === 'update' && id === undefined)
    changed = ['roles', 'unit', 'canPublish', 'enableAPIKey', 'apiKey', 'lockedUntil'].some(
      (field) => field in data && data[field] !== undefined,
    )
  if (!changed && operation === 'update' && id !== undefined) {
    // A system read of the stored user: what the change would alter decides, not what the caller may see.
    const current = await asSystem(req).findByID({
      collection: slugs.users,
      id,
      depth: 0,
      showHiddenFields: true,
      disableErrors: true,
    })
    changed =
      ('roles' in data && !sameRoles(data.roles, current?.roles)) ||
      ('canPublish' in data &&
        data.canPublish !== undefined &&
        Boolean(data.canPublish) !== Boolean(current?.canPublish)) ||
      ('unit' in data && String(relationId(data.unit)) !== String(relationId(current?.unit))) ||
      ('enableAPIKey' in data &&
        data.enableAPIKey !== undefined &&
        Boolean(data.enableAPIKey) !== Boolean(current?.enableAPIKey)) ||
      ('apiKey' in data && typeof data.apiKey === 'string' && data.apiKey !== '') ||
      ('lockedUntil' in data &&
        data.lockedUntil !== undefined &&
        (data.lockedUntil || null) !== (current?.lockedUntil || null))
  }
  if (changed) throw refused(req, 'user.privilegedField', undefined, 403)
  return args
}
