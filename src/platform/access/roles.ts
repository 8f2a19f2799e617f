import type { Role } from '@/platform/roles'
import { relationId } from '@/platform/fields/relationId'

/** The part of a user that access rules look at; works on a full user or a JWT payload. */
export type RoleHolder = { roles?: readonly string[] | null; unit?: unknown } | null | undefined

export const hasRole = (user: RoleHolder, ...wanted: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => (wanted as string[]).includes(role)))

export const isAdminUser = (user: RoleHolder): boolean => hasRole(user, 'admin')

/** Staff are people who work in the admin; portal keys and anonymous callers are not. */
export const isStaffUser = (user: RoleHolder): boolean =>
  hasRole(user, 'admin', 'editor', 'reviewer', 'reporter', 'viewer')

/** The id of the unit a user belongs to, whether `unit` is populated or not. */
export const unitIdOf = (user: RoleHolder): number | string | null => relationId(user?.unit)
