/**
 * Roles a user can hold. `portal` is the read-only role of the API keys that web portals use.
 * Labels live in the i18n catalogue (`roles.<value>`).
 */
export const roles = ['admin', 'editor', 'reviewer', 'reporter', 'viewer', 'portal'] as const
export type Role = (typeof roles)[number]

export const unitLevels = ['province', 'department', 'district', 'commune'] as const
export type UnitLevel = (typeof unitLevels)[number]
