/** The levels of the organisation tree (labels: `level.<value>` in the catalogue). */
export const unitLevels = ['province', 'department', 'district', 'commune'] as const
export type UnitLevel = (typeof unitLevels)[number]

/** Which levels a unit of a given level may sit under. A province is the root and has no parent. */
export const allowedParentLevels: Record<UnitLevel, readonly UnitLevel[]> = {
  province: [],
  department: ['province'],
  district: ['province'],
  commune: ['district'],
}

export type HierarchyProblem =
  | { kind: 'provinceHasParent' }
  | { kind: 'parentRequired'; level: UnitLevel }
  | { kind: 'parentLevel'; level: UnitLevel; parentLevel: UnitLevel }
  | { kind: 'cycle' }

/** Checks that a unit of `level` may be placed under a parent of `parentLevel` (null: no parent). */
export const checkParentLevel = (
  level: UnitLevel,
  parentLevel: UnitLevel | null,
): HierarchyProblem | null => {
  const allowed = allowedParentLevels[level]
  if (parentLevel === null) return allowed.length === 0 ? null : { kind: 'parentRequired', level }
  if (allowed.length === 0) return { kind: 'provinceHasParent' }
  return allowed.includes(parentLevel) ? null : { kind: 'parentLevel', level, parentLevel }
}

/**
 * A unit may not become its own ancestor. `parentLineage` lists the ids from the root down to the
 * proposed parent itself (a unit's breadcrumbs), so the move is a cycle when the unit is among them.
 */
export const wouldCreateCycle = (
  unitId: number | string,
  parentLineage: ReadonlyArray<number | string>,
): boolean => parentLineage.some((id) => String(id) === String(unitId))

const UNIT_CODE = /^[A-Z0-9][A-Z0-9_.-]{0,31}$/

/** Unit codes are short, upper-case and stable: they appear in CSV files, URLs and reports. */
export const normalizeUnitCode = (code: string): string => code.trim().toUpperCase()

export const isValidUnitCode = (code: string): boolean => UNIT_CODE.test(code)

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export const isValidEmail = (email: string): boolean => EMAIL.test(email)

export { isValidHttpUrl } from '@/platform/text/url'
