import { APIError, type CollectionBeforeValidateHook } from 'payload'

import { isAdminUser, type RoleHolder } from '../../../access/roles'
import { relationId } from '../../../fields/relationId'
import { t } from '../../../i18n/request'

const sameRoles = (a: unknown, b: unknown): boolean =>
  JSON.stringify([...((a as string[] | null) ?? [])].sort()) === JSON.stringify([...((b as string[] | null) ?? [])].sort())

/**
 * Roles, a user's unit and API keys are the admins' to change. Field access alone would drop such a
 * change silently; a non-admin who tries gets a clear refusal instead.
 */
export const guardPrivilegedChanges: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  if (!data || !req.user || isAdminUser(req.user as RoleHolder)) return data
  const changed =
    ('roles' in data && !sameRoles(data.roles, originalDoc?.roles)) ||
    ('unit' in data && String(relationId(data.unit)) !== String(relationId(originalDoc?.unit))) ||
    ('enableAPIKey' in data && Boolean(data.enableAPIKey) !== Boolean(originalDoc?.enableAPIKey)) ||
    ('apiKey' in data && typeof data.apiKey === 'string' && data.apiKey !== '')
  if (changed) throw new APIError(t(req, 'user.privilegedField'), 403, undefined, true)
  return data
}
