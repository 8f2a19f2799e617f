import type { Access, CollectionSlug, PayloadRequest, RelationshipField, Where } from 'payload'
import { asSystem } from '@/platform/access/asUser'
import { relationId } from '@/platform/fields/relationId'
import { hasRole, isAdminUser, type Actor, type Role } from '@/platform/roles'
import { slugs } from '@/platform/slugs'
import { label } from '@/modules/organisation/i18n'

type Id = number | string

/** The id of the unit a user belongs to, whether `unit` is populated or not. */
export const unitIdOf = (user: { unit?: unknown } | null | undefined): Id | null =>
  relationId(user?.unit)

/**
 * The rows a scoped user may touch: those whose `field` points at one of `unitIds` (the user's unit
 * and every unit under it). No units means no rows. Pure, like the multi-tenant example's helper.
 */
export const unitScopeWhere = (field: string, unitIds: ReadonlyArray<Id>): Where =>
  unitIds.length === 0 ? { id: { exists: false } } : { [field]: { in: [...unitIds] } }

/** The same scope for the units collection itself: a unit is in scope when its lineage passes the root. */
export const unitSubtreeWhere = (rootUnitId: Id): Where => ({
  or: [{ id: { equals: rootUnitId } }, { 'breadcrumbs.doc': { equals: rootUnitId } }],
})

const CONTEXT_KEY = 'subtreeUnitIds'

/**
 * Ids of the user's unit and all its descendants, looked up once per request. A system read: the
 * user may not be allowed to list units, yet their scope must still be known.
 */
export const subtreeUnitIds = async (req: PayloadRequest): Promise<Id[]> => {
  const cached = req.context[CONTEXT_KEY] as Id[] | undefined
  if (cached) return cached
  const root = unitIdOf(req.user)
  if (root === null) return []
  const { docs } = await asSystem(req).find({
    collection: slugs.units,
    where: unitSubtreeWhere(root),
    depth: 0,
    limit: 0,
    pagination: false,
    select: { code: true },
  })
  const ids = docs.map((doc) => doc.id)
  req.context[CONTEXT_KEY] = ids
  return ids
}

/** Whether a unit lies in the request user's subtree (admins reach everything). */
export const reaches = async (
  req: PayloadRequest,
  unitId: Id | null | undefined,
): Promise<boolean> => {
  if (isAdminUser(req.user)) return true
  if (unitId === null || unitId === undefined) return false
  return (await subtreeUnitIds(req)).some((id) => String(id) === String(unitId))
}

/**
 * Access for rows that belong to a unit through `field`: admins reach all; the given roles (any
 * signed-in user when none are given) their own unit's subtree; everyone else nothing.
 */
export const scopedByUnit =
  (field: string, roles?: readonly Role[]): Access =>
  async ({ req }) => {
    const user: Actor = req.user
    if (!user) return false
    if (isAdminUser(user)) return true
    if (roles && !hasRole(user, ...roles)) return false
    return unitScopeWhere(field, await subtreeUnitIds(req))
  }

/**
 * The unit a row belongs to, named `unit` in every collection: what scopes who may read and write
 * it. `derived` when a hook fills it (from an outlet, an item), so people never pick it by hand.
 */
export const ownerUnitField = (
  options: {
    label?: Record<'vi' | 'en', string>
    required?: boolean
    derived?: boolean
    defaultToUserUnit?: boolean
  } = {},
): RelationshipField => ({
  name: 'unit',
  type: 'relationship',
  relationTo: slugs.units as CollectionSlug,
  index: true,
  required: options.required ?? false,
  label: options.label ?? label('unit.owner'),
  admin: { position: 'sidebar', readOnly: options.derived ?? false },
  ...(options.defaultToUserUnit
    ? {
        defaultValue: ({ user }: { user?: { unit?: unknown } | null }) =>
          unitIdOf(user) ?? undefined,
      }
    : {}),
})
