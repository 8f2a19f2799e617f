/**
 * Roles a user can hold. `portal` is the read-only role of the API keys that web portals use.
 * Labels live in the organisation catalogue (`role.<value>`).
 */
export const roles = ['admin', 'editor', 'reviewer', 'reporter', 'viewer', 'portal'] as const
export type Role = (typeof roles)[number]

/** Roles of people who work in the admin (portal keys and anonymous callers are not staff). */
export const staffRoles: readonly Role[] = ['admin', 'editor', 'reviewer', 'reporter', 'viewer']

/**
 * Whoever acts: a signed-in user as Payload types `req.user`, the fields of a JWT, or nobody. Rules
 * look at roles only, so a document, a token or a test fixture all fit.
 */
export type Actor = { roles?: readonly Role[] | null } | null | undefined

export const hasRole = (actor: Actor, ...wanted: readonly Role[]): boolean =>
  Boolean(actor?.roles?.some((role) => wanted.includes(role)))

export const isAdminUser = (actor: Actor): boolean => hasRole(actor, 'admin')

export const isStaffUser = (actor: Actor): boolean => hasRole(actor, ...staffRoles)
