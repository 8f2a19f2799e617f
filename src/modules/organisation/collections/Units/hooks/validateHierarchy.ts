import type { CollectionBeforeChangeHook } from 'payload'

import type { Unit } from '@/payload-types'
import { asSystem } from '@/platform/access/asUser'
import { relationId } from '@/platform/fields/relationId'
import { slugs } from '@/platform/slugs'

import {
  checkParentLevel,
  wouldCreateCycle,
  type UnitLevel,
} from '@/modules/organisation/domain/hierarchy'
import { invalidField, t } from '@/modules/organisation/i18n'

/** Refuses a parent that would make a cycle or that sits at the wrong level. */
export const validateHierarchy: CollectionBeforeChangeHook<Unit> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const level = data.level ?? originalDoc?.level
  if (!level) return data
  const parentId = relationId(data.parent !== undefined ? data.parent : originalDoc?.parent)

  let parentLevel: UnitLevel | null = null
  if (parentId !== null) {
    if (operation === 'update' && originalDoc && String(parentId) === String(originalDoc.id)) {
      throw invalidField(req, slugs.units, 'parent', 'unit.cycle')
    }
    // A system read: the parent's level decides, whoever may see it.
    const parent = await asSystem(req).findByID({
      collection: slugs.units,
      id: parentId,
      depth: 0,
      disableErrors: true,
    })
    // A missing parent is reported by the relationship field's own validation.
    if (!parent) return data
    const lineage = [...(parent.breadcrumbs ?? []).map((crumb) => relationId(crumb.doc)), parent.id]
    if (
      operation === 'update' &&
      originalDoc &&
      wouldCreateCycle(
        originalDoc.id,
        lineage.filter((id) => id !== null),
      )
    ) {
      throw invalidField(req, slugs.units, 'parent', 'unit.cycle')
    }
    parentLevel = parent.level
  }

  const problem = checkParentLevel(level, parentLevel)
  if (problem) {
    const levelName = (l: UnitLevel) => t(req, `level.${l}`)
    throw invalidField(req, slugs.units, 'parent', `unit.${problem.kind}`, {
      level: levelName(level),
      parentLevel: parentLevel ? levelName(parentLevel) : '',
    })
  }
  return data
}
