import type { Access, FieldAccess } from 'payload'

import type { Role } from '@/platform/roles'
import { hasRole, isAdminUser, isStaffUser, type RoleHolder } from '@/platform/access/roles'
import { subtreeUnitIds, unitScopeWhere } from '@/modules/organisation/access/unitScope'

/** Plans are official documents: staff read them all; the public only plans marked public. */
export const readPlans: Access = ({ req }) => (isStaffUser(req.user as RoleHolder) ? true : { isPublic: { equals: true } })

/** Communications staff write plans, indicators and outlets. */
export const planWriters: Access = ({ req }) => hasRole(req.user as RoleHolder, 'admin', 'editor')

export const staffField: FieldAccess = ({ req }) => isStaffUser(req.user as RoleHolder)

/**
 * Rows that belong to a unit through `field`: admins see all; the given roles see their subtree;
 * everyone else nothing. Used for broadcast items, airings and reports.
 */
export const withinSubtree =
  (field: string, roles: Role[]): Access =>
  async ({ req }) => {
    const user = req.user as RoleHolder
    if (isAdminUser(user)) return true
    if (!hasRole(user, ...roles)) return false
    return unitScopeWhere(field, await subtreeUnitIds(req))
  }

/** Whether a unit id lies in the request user's subtree (admins reach everything). */
export const reaches = async (req: Parameters<Access>[0]['req'], unitId: number | string | null): Promise<boolean> => {
  if (isAdminUser(req.user as RoleHolder)) return true
  if (unitId === null) return false
  return (await subtreeUnitIds(req)).some((id) => String(id) === String(unitId))
}
