import type { FieldAccess, PayloadRequest } from 'payload'
import { hasRole, isAdminUser } from '@/platform/roles'
import { reaches } from './unitScope'

/**
 * Who may see, issue, rotate and revoke a unit's calendar-feed token: admins, and editors whose
 * subtree contains the unit. Reporters and viewers of the unit may not (the token opens its feeds).
 */
export const managesUnitCalendar = async (
  req: PayloadRequest,
  unitId: number | string | null | undefined,
): Promise<boolean> => {
  if (isAdminUser(req.user)) return true
  if (!hasRole(req.user, 'editor') || unitId === null || unitId === undefined) return false
  return reaches(req, unitId)
}

/** Read access of the token fields on a unit: the same people, per unit. */
export const unitCalendarField: FieldAccess = ({ req, doc, id }) =>
  managesUnitCalendar(req, (doc as { id?: number | string } | undefined)?.id ?? id)
