import type { Access, PayloadRequest, Where } from 'payload'

import type { Role } from '@/platform/roles'

import { slugs } from '@/platform/slugs'
import { hasRole, isAdminUser, unitIdOf, type RoleHolder } from '@/platform/access/roles'

/**
 * The rows a scoped user may touch: those whose `field` points at one of `unitIds` (the user's unit
 * and every unit under it). No units means no rows. Pure, like the multi-tenant example's helper.
 */
export const unitScopeWhere = (field: string, unitIds: ReadonlyArray<number | string>): Where =>
  unitIds.length === 0 ? { id: { exists: false } } : { [field]: { in: [...unitIds] } }

/** The same scope for the units collection itself: a unit is in scope when its lineage passes the root. */
export const unitSubtreeWhere = (rootUnitId: number | string): Where => ({
  or: [{ id: { equals: rootUnitId } }, { 'breadcrumbs.doc': { equals: rootUnitId } }],
})

const CONTEXT_KEY = 'subtreeUnitIds'

/**
 * Ids of the user's unit and all its descendants, looked up once per request. The lookup is a
 * system query (the user may not be allowed to list units, yet their scope must still be known).
 */
export const subtreeUnitIds = async (req: PayloadRequest): Promise<Array<number | string>> => {
  const cached = req.context[CONTEXT_KEY] as Array<number | string> | undefined
  if (cached) return cached
  const root = unitIdOf(req.user as RoleHolder)
  if (root === null) return []
  const { docs } = await req.payload.find({
    collection: slugs.units,
    where: unitSubtreeWhere(root),
    depth: 0,
    limit: 0,
    pagination: false,
    select: { code: true },
    overrideAccess: true,
    req,
  })
  const ids = docs.map((doc) => doc.id)
  req.context[CONTEXT_KEY] = ids
  return ids
}

/** Access for a collection whose rows belong to a unit: admins see all, others their subtree. */
export const scopedByUnit =
  (field: string, allowedRoles?: Role[]): Access =>
  async ({ req }) => {
    const user = req.user as RoleHolder
    if (!user) return false
    if (isAdminUser(user)) return true
    if (allowedRoles && !hasRole(user, ...allowedRoles)) return false
    return unitScopeWhere(field, await subtreeUnitIds(req))
  }
