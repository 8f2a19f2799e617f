import type { Access, FieldAccess, Where } from 'payload'

import { canEditContent } from './domain/workflow'
import { isAdminUser, isStaffUser, type RoleHolder } from '@/platform/access/roles'
import { subtreeUnitIds, unitScopeWhere } from '@/modules/organisation/access/unitScope'

const published: Where = { _status: { equals: 'published' } }

/**
 * Published documents are public (anonymous readers and portal keys see nothing else); staff also
 * see drafts of their unit's subtree; admins see everything.
 */
export const readPublishedOrOwnUnits: Access = async ({ req }) => {
  const user = req.user as RoleHolder
  if (isAdminUser(user)) return true
  if (!isStaffUser(user)) return published
  return { or: [published, unitScopeWhere('unit', await subtreeUnitIds(req))] }
}

/** Editors and reviewers write content of their subtree; admins everywhere. */
export const writeOwnUnitsContent: Access = async ({ req }) => {
  const user = req.user as RoleHolder
  if (isAdminUser(user)) return true
  if (!canEditContent(user)) return false
  return unitScopeWhere('unit', await subtreeUnitIds(req))
}

/** The same scope over the versions table, where every field sits under `version.`. */
export const readOwnUnitsVersions: Access = async ({ req }) => {
  const user = req.user as RoleHolder
  if (isAdminUser(user)) return true
  if (!canEditContent(user)) return false
  return unitScopeWhere('version.unit', await subtreeUnitIds(req))
}

export const createContent: Access = ({ req }) => canEditContent(req.user as RoleHolder)

/** Taxonomies (reform areas, tags, procedure fields) are public and kept by editors. */
export const readAnyone: Access = () => true
export const editorsOnly: Access = ({ req }) => canEditContent(req.user as RoleHolder)

/** Fields about the people and the review behind a document are for staff only. */
export const staffOnlyField: FieldAccess = ({ req }) => isStaffUser(req.user as RoleHolder)

/** Triage of what the public sends (questions, comments): editors, reviewers and admins. */
export const moderators: Access = ({ req }) => canEditContent(req.user as RoleHolder)

export const moderatorsField: FieldAccess = ({ req }) => canEditContent(req.user as RoleHolder)
