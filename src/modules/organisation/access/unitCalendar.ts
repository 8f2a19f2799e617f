import type { FieldAccess, PayloadRequest } from 'payload'

import { reaches } from '@/modules/campaigns/access'
import { hasRole, isAdminUser, type RoleHolder } from '@/platform/access/roles'

/**
 * Who may see, issue, rotate and revoke a unit's calendar-feed token: admins, and editors whose
 * subtree contains the unit. Reporters and viewers of the unit may not (the token opens its feeds).
 */
export const managesUnitCalendar = async (req: PayloadRequest, unitId: number | string | null | undefined): Promise<boolean> => {
  const user = req.user as RoleHolder
  if (isAdminUser(user)) return true
  if (!hasRole(user, 'editor') || unitId === null || unitId === undefined) return false
  return reaches(req, unitId)
}

/** Read access of the token fields on a unit: the same people, per unit. */
export const unitCalendarField: FieldAccess = ({ req, doc, id }) => managesUnitCalendar(req, (doc as { id?: number | string } | undefined)?.id ?? id)
