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
 * Ids of the units under `roots` (themselves included) and of every unit whose work passed to one of
 * them by a reorganisation, with those units' own subtrees: a merged commune's people keep reading
 * the history of the communes it was made from. A system read (the caller's scope must be known
 * even when they may not list units); a few rounds cover chains of reorganisations.
 */
export const unitsCarriedBy = async (
  req: PayloadRequest,
  roots: ReadonlyArray<Id>,
): Promise<Id[]> => {
  const system = asSystem(req)
  const found = new Map<string, Id>()
  let frontier = [...roots]
  for (let round = 0; round < 5 && frontier.length > 0; round++) {
    const { docs } = await system.find({
      collection: slugs.units,
      where: {
        or: [{ id: { in: frontier } }, { 'breadcrumbs.doc': { in: frontier } }],
      },
      depth: 0,
      limit: 0,
      pagination: false,
      select: { code: true },
    })
    const fresh = docs.map((doc) => doc.id).filter((id) => !found.has(String(id)))
    for (const id of fresh) found.set(String(id), id)
    if (fresh.length === 0) break
    const { docs: links } = await system.find({
      collection: slugs.unitLineage,
      where: { successor: { in: fresh } },
      depth: 0,
      limit: 0,
      pagination: false,
      select: { predecessor: true },
    })
    frontier = links
      .map((link) => relationId(link.predecessor))
      .filter((id): id is Id => id !== null && !found.has(String(id)))
  }
  return [...found.values()]
}

/**
 * Ids of the user's unit, all its descendants and the history they carry on (`unitsCarriedBy`),
 * looked up once per request.
 */
export const subtreeUnitIds = async (req: PayloadRequest): Promise<Id[]> => {
  const cached = req.context[CONTEXT_KEY] as Id[] | undefined
  if (cached) return cached
  const root = unitIdOf(req.user)
  if (root === null) return []
  const ids = await unitsCarriedBy(req, [root])
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
