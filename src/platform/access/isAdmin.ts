import type { Access, FieldAccess } from 'payload'

import { isAdminUser, type RoleHolder } from './roles'

export const isAdmin: Access = ({ req }) => isAdminUser(req.user as RoleHolder)

export const isAdminField: FieldAccess = ({ req }) => isAdminUser(req.user as RoleHolder)
