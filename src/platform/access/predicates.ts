import type { Access, FieldAccess } from 'payload'
import { isAdminUser, isStaffUser } from '@/platform/roles'

export const isAdmin: Access = ({ req }) => isAdminUser(req.user)
export const isAdminField: FieldAccess = ({ req }) => isAdminUser(req.user)

export const isStaff: Access = ({ req }) => isStaffUser(req.user)
export const isStaffField: FieldAccess = ({ req }) => isStaffUser(req.user)

export const anyone: Access = () => true
/** Written by the system only (its Local API calls override access); no API may do it. */
export const nobody: Access = () => false
export const nobodyField: FieldAccess = () => false
