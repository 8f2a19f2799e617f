import type { Access, FieldAccess, Where } from 'payload'

import { isAdminUser, isStaffUser } from '@/platform/roles'
import { scopedByUnit, subtreeUnitIds, unitScopeWhere } from '@/modules/organisation'

import { canEditContent, contentEditorRoles } from './domain/workflow'

const published: Where = { _status: { equals: 'published' } }

/**
 * Published documents are public (anonymous readers and portal keys see nothing else); staff also
 * see drafts of their unit's subtree; admins see everything.
 */
export const readPublishedOrOwnUnits: Access = async ({ req }) => {
  if (isAdminUser(req.user)) return true
  if (!isStaffUser(req.user)) return published
  return { or: [published, unitScopeWhere('unit', await subtreeUnitIds(req))] }
}

/** Editors and reviewers write content of their subtree; admins everywhere. */
export const writeOwnUnitsContent: Access = scopedByUnit('unit', contentEditorRoles)

/** The same scope over the versions table, where every field sits under `version.`. */
export const readOwnUnitsVersions: Access = scopedByUnit('version.unit', contentEditorRoles)

export const createContent: Access = ({ req }) => canEditContent(req.user)

/** Taxonomies (reform areas, tags, procedure fields) are public and kept by editors. */
export const editorsOnly: Access = ({ req }) => canEditContent(req.user)

/** Triage of what the public sends (questions, comments): editors, reviewers and admins. */
export const moderators: Access = ({ req }) => canEditContent(req.user)

export const moderatorsField: FieldAccess = ({ req }) => canEditContent(req.user)
