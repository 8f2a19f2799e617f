import type {
  CollectionBeforeChangeHook,
  CollectionBeforeValidateHook,
  PayloadRequest,
} from 'payload'

import type { Unit } from '@/payload-types'
import { asSystem } from '@/platform/access/asUser'
import { relationId, storedId } from '@/platform/fields/relationId'
import { underCurrentParentSince, validDuring } from '@/platform/lifespan'
import { slugs } from '@/platform/slugs'
import { addDays, dayOf, formatDay, localDay, storedDay, type Day } from '@/platform/time'

import {
  checkPlacement,
  wouldCreateCycle,
  unitTypes,
  type HierarchyProblem,
  type UnitLevel,
  type UnitType,
} from '@/modules/organisation/domain/hierarchy'
import { invalidField, t } from '@/modules/organisation/i18n'

/**
 * Set by a reorganisation that moves a unit under its successor: the last day under the old
 * parent. Without it, a parent change made today keeps the old parent up to yesterday.
 */
export const PARENT_CHANGE_UNTIL = 'parentChangeUntil'

/**
 * A unit created without a first day starts today (the field's default), except a unit of history:
 * entered with a last day already past, it operated since before the records.
 */
export const historicalUnitsStartUnknown: CollectionBeforeValidateHook<Unit> = ({
  data,
  operation,
}) => {
  if (operation !== 'create' || !data) return data
  const today = localDay(new Date())
  const to = dayOf(data.validTo)
  if (to && to < today && dayOf(data.validFrom) === today) data.validFrom = null
  return data
}

/** Former parents as stored rows (ids and days), for comparing and rewriting them. */
const formerParentRows = (rows: Unit['formerParents']) =>
  (rows ?? []).map((row) => {
    const id = relationId(row.parent)
    return { parent: id === null ? null : storedId(id), until: storedDay(dayOf(row.until) ?? '') }
  })

/** Which field a placement problem belongs to in the admin form. */
const fieldOf = (problem: HierarchyProblem): string => {
  switch (problem.kind) {
    case 'typeLevel':
      return 'type'
    case 'datesOrder':
    case 'districtOpen':
    case 'townshipOpen':
      return 'validTo'
    case 'beforeParent':
      return 'validFrom'
    default:
      return 'parent'
  }
}

/** A problem's parameters as the reader sees them: level names, days as dd/MM/yyyy. */
const describe = (
  req: PayloadRequest,
  problem: HierarchyProblem,
  level: UnitLevel,
  parentLevel: UnitLevel | null,
) => {
  const params: Record<string, string> = {
    level: t(req, `level.${level}`),
    parentLevel: parentLevel ? t(req, `level.${parentLevel}`) : '',
  }
  for (const [name, value] of Object.entries(problem))
    if (name !== 'kind' && name !== 'level' && name !== 'parentLevel' && typeof value === 'string')
      params[name] = /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDay(value) : value
  if (problem.kind === 'typeLevel' && (unitTypes as readonly string[]).includes(problem.type))
    params.type = t(req, `type.${problem.type as UnitType}`)
  return params
}

/**
 * Keeps the tree true over time: no cycles; levels, types and parents as two-tier government has
 * them (districts only as history); a unit operating only while its parent does; sub-units not
 * outliving a unit whose dates shrink; an official code used once at a time. A parent change keeps
 * the old parent as history (`formerParents`), so earlier periods still see the unit where it was.
 */
export const validateUnit: CollectionBeforeChangeHook<Unit> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const level = data.level ?? originalDoc?.level
  if (!level) return data
  const pick = <K extends keyof Unit>(key: K): Unit[K] | undefined =>
    key in data ? (data[key] as Unit[K]) : originalDoc?.[key]
  const validFrom = dayOf(pick('validFrom'))
  const validTo = dayOf(pick('validTo'))
  const type = pick('type') ?? null
  const parentId = relationId(pick('parent'))
  const oldParentId = relationId(originalDoc?.parent)
  // A system read: the parent's level and dates decide, whoever may see it.
  const system = asSystem(req)

  if (
    operation === 'update' &&
    originalDoc &&
    oldParentId !== null &&
    String(parentId) !== String(oldParentId)
  ) {
    // The old parent stays the unit's parent for the days before the change, unless the same save
    // rewrites that history by hand (an admin correcting a mistaken parent).
    const until =
      (req.context[PARENT_CHANGE_UNTIL] as Day | undefined) ?? addDays(localDay(new Date()), -1)
    const stored = formerParentRows(originalDoc.formerParents)
    const edited =
      'formerParents' in data &&
      JSON.stringify(formerParentRows(data.formerParents)) !== JSON.stringify(stored)
    if ((!validFrom || validFrom <= until) && !edited)
      data.formerParents = [...stored, { parent: storedId(oldParentId), until: storedDay(until) }]
  }

  let parent: Unit | null = null
  if (parentId !== null) {
    if (operation === 'update' && originalDoc && String(parentId) === String(originalDoc.id))
      throw invalidField(req, slugs.units, 'parent', 'unit.cycle')
    parent = await system.findByID({
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
    )
      throw invalidField(req, slugs.units, 'parent', 'unit.cycle')
  }

  const formerParents = (data.formerParents ?? originalDoc?.formerParents ?? []).map((entry) => ({
    parentId: relationId(entry.parent),
    until: dayOf(entry.until) ?? '',
  }))
  const problem = checkPlacement(
    // Under its current parent only since its last move: the dates compare from then on.
    { level, type, validFrom: underCurrentParentSince({ validFrom, formerParents }), validTo },
    parent
      ? { level: parent.level, validFrom: dayOf(parent.validFrom), validTo: dayOf(parent.validTo) }
      : null,
  )
  if (problem) {
    throw invalidField(
      req,
      slugs.units,
      fieldOf(problem),
      `unit.${problem.kind}`,
      describe(req, problem, level, parent?.level ?? null),
    )
  }

  const officialCode = pick('officialCode')
  if (officialCode) {
    const { docs } = await system.find({
      collection: slugs.units,
      where: {
        and: [
          { officialCode: { equals: officialCode } },
          ...(operation === 'update' && originalDoc?.id !== undefined
            ? [{ id: { not_equals: originalDoc.id } }]
            : []),
        ],
      },
      depth: 0,
      pagination: false,
      select: { name: true, validFrom: true, validTo: true },
    })
    const clash = docs.find((other) =>
      validDuring(
        { validFrom: dayOf(other.validFrom), validTo: dayOf(other.validTo) },
        validFrom ?? '0000-01-01',
        validTo ?? '9999-12-31',
      ),
    )
    if (clash)
      throw invalidField(req, slugs.units, 'officialCode', 'unit.officialCodeTaken', {
        code: officialCode,
        name: clash.name,
      })
  }

  // Sub-units may not outlive the unit, nor start before it, once its dates change.
  if (
    operation === 'update' &&
    originalDoc &&
    (validFrom !== dayOf(originalDoc.validFrom) || validTo !== dayOf(originalDoc.validTo))
  ) {
    const { docs: children } = await system.find({
      collection: slugs.units,
      where: { parent: { equals: originalDoc.id } },
      depth: 0,
      pagination: false,
      select: { name: true, validFrom: true, validTo: true, formerParents: true },
    })
    const outliving = children.filter((child) => {
      const since = underCurrentParentSince({
        validFrom: dayOf(child.validFrom),
        formerParents: (child.formerParents ?? []).map((entry) => ({
          parentId: relationId(entry.parent),
          until: dayOf(entry.until) ?? '',
        })),
      })
      const to = dayOf(child.validTo)
      return (validFrom && (!since || since < validFrom)) || (validTo && (!to || to > validTo))
    })
    if (outliving.length > 0)
      throw invalidField(req, slugs.units, 'validTo', 'unit.childrenOutlive', {
        name: String(data.name ?? originalDoc.name),
        children: outliving
          .slice(0, 5)
          .map((child) => child.name)
          .join(', '),
      })
  }
  return data
}
