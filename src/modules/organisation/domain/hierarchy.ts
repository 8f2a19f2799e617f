import type { Day } from '@/platform/time'

/**
 * The levels of the organisation tree since local government became two-tier on 1 July 2025
 * (labels: `level.<value>` in the catalogue):
 * - `province`: a province or centrally-run city, the root of its tree (one deployment may hold several);
 * - `department`: a provincial body (sở, ban, ngành; the provincial press and radio-TV agencies);
 * - `district`: huyện, quận, thị xã, thành phố thuộc tỉnh — history only: closed by 30/06/2025;
 * - `commune`: the commune level (xã, phường, đặc khu; thị trấn before 1/7/2025);
 * - `communeUnit`: an optional sub-unit of a commune (its public-service centre, its radio station).
 */
export const unitLevels = ['province', 'department', 'district', 'commune', 'communeUnit'] as const
export type UnitLevel = (typeof unitLevels)[number]

/** The kinds of unit within a level (labels: `type.<value>`). Levels not listed have none. */
export const unitTypesByLevel = {
  province: ['tinh', 'thanhPhoTW'],
  district: ['huyen', 'quan', 'thiXa', 'thanhPhoThuocTinh'],
  commune: ['xa', 'phuong', 'dacKhu', 'thiTran'],
} as const satisfies Partial<Record<UnitLevel, readonly string[]>>

export const unitTypes = Object.values(unitTypesByLevel).flat()
export type UnitType = (typeof unitTypes)[number]

/** The first day of two-tier local government (Resolution 202/2025/QH15 and the laws of 2025). */
export const TWO_TIER_FROM: Day = '2025-07-01'
/** The last day districts (and townships, thị trấn) operated. */
export const LAST_DISTRICT_DAY: Day = '2025-06-30'

/** Which levels a unit of a given level may sit under. A province is a root and has no parent. */
export const allowedParentLevels: Record<UnitLevel, readonly UnitLevel[]> = {
  province: [],
  department: ['province'],
  district: ['province'],
  // Under a district only for a commune whose whole life ended before 1/7/2025 (see checkPlacement).
  commune: ['province', 'district'],
  communeUnit: ['commune'],
}

/** A unit as the placement rules see it: its level and type, and the days it was in operation. */
export type Placed = {
  level: UnitLevel
  type?: string | null
  validFrom?: Day | null
  validTo?: Day | null
}

export type HierarchyProblem =
  | { kind: 'provinceHasParent' }
  | { kind: 'parentRequired'; level: UnitLevel }
  | { kind: 'parentLevel'; level: UnitLevel; parentLevel: UnitLevel }
  | { kind: 'cycle' }
  | { kind: 'typeLevel'; level: UnitLevel; type: string }
  | { kind: 'datesOrder'; validFrom: Day; validTo: Day }
  | { kind: 'districtOpen' }
  | { kind: 'townshipOpen' }
  | { kind: 'communeUnderDistrict' }
  | { kind: 'beforeParent'; parentFrom: Day }
  | { kind: 'afterParent'; parentTo: Day }

/** Whether a type belongs to a level (a level without types takes none). */
export const typeFitsLevel = (level: UnitLevel, type: string): boolean =>
  ((unitTypesByLevel as Partial<Record<UnitLevel, readonly string[]>>)[level] ?? []).includes(type)

/** Problems of a unit on its own: its type, its dates, and the levels that ended on 30/06/2025. */
export const checkLifecycle = (unit: Placed): HierarchyProblem | null => {
  if (unit.type && !typeFitsLevel(unit.level, unit.type))
    return { kind: 'typeLevel', level: unit.level, type: unit.type }
  if (unit.validFrom && unit.validTo && unit.validTo < unit.validFrom)
    return { kind: 'datesOrder', validFrom: unit.validFrom, validTo: unit.validTo }
  const endedInTime = Boolean(unit.validTo && unit.validTo <= LAST_DISTRICT_DAY)
  if (unit.level === 'district' && !endedInTime) return { kind: 'districtOpen' }
  if (unit.type === 'thiTran' && !endedInTime) return { kind: 'townshipOpen' }
  return null
}

/**
 * Checks that a unit may sit under `parent` (null: no parent) for the whole time it operates: the
 * parent's level fits (a commune under a district only if the commune closed by 30/06/2025), and
 * the unit operates only while its parent does (it opens no earlier and closes no later).
 */
export const checkPlacement = (unit: Placed, parent: Placed | null): HierarchyProblem | null => {
  const own = checkLifecycle(unit)
  if (own) return own
  const allowed = allowedParentLevels[unit.level]
  if (parent === null)
    return allowed.length === 0 ? null : { kind: 'parentRequired', level: unit.level }
  if (allowed.length === 0) return { kind: 'provinceHasParent' }
  if (!allowed.includes(parent.level))
    return { kind: 'parentLevel', level: unit.level, parentLevel: parent.level }
  if (
    unit.level === 'commune' &&
    parent.level === 'district' &&
    !(unit.validTo && unit.validTo <= LAST_DISTRICT_DAY)
  )
    return { kind: 'communeUnderDistrict' }
  if (parent.validFrom && (!unit.validFrom || unit.validFrom < parent.validFrom))
    return { kind: 'beforeParent', parentFrom: parent.validFrom }
  if (parent.validTo && (!unit.validTo || unit.validTo > parent.validTo))
    return { kind: 'afterParent', parentTo: parent.validTo }
  return null
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

/**
 * The official administrative code (mã đơn vị hành chính): 2 digits for a province, 3 for a
 * district, 5 for a commune (General Statistics Office list). Provincial bodies have none.
 */
export const isValidOfficialCode = (code: string): boolean => /^\d{2,5}$/.test(code)

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export const isValidEmail = (email: string): boolean => EMAIL.test(email)

export { isValidHttpUrl } from '@/platform/text/url'
