import type { MessageParams } from '@/platform/i18n/catalog'
import { foldKey } from '@/platform/text/fold'
import type { MessageKey } from '@/modules/organisation/messages'
import {
  checkParentLevel,
  isValidEmail,
  isValidHttpUrl,
  isValidUnitCode,
  normalizeUnitCode,
  type HierarchyProblem,
  type UnitLevel,
} from './hierarchy'

/** The columns of a unit CSV file, with the header spellings accepted for each (folded). */
export const unitCsvColumns = {
  name: ['name', 'ten', 'ten don vi'],
  code: ['code', 'ma', 'ma don vi'],
  level: ['level', 'cap'],
  parentCode: ['parent_code', 'parent code', 'ma cap tren', 'ma_cap_tren'],
  emails: ['emails', 'email'],
  portalUrl: ['portal_url', 'portal url', 'cong thong tin'],
  hasRadioStation: ['radio_station', 'radio station', 'tram truyen thanh'],
  hasOneStopDesk: ['one_stop_desk', 'one stop desk', 'bo phan mot cua'],
  postOfficeCulturePoints: ['post_office_points', 'post office points', 'diem buu dien van hoa'],
} as const

type Column = keyof typeof unitCsvColumns
const requiredColumns: Column[] = ['name', 'code', 'level']

/** Level names as people write them in a spreadsheet, folded, mapped to the stored value. */
const levelAliases: Record<string, UnitLevel> = {
  province: 'province',
  tinh: 'province',
  'thanh pho truc thuoc trung uong': 'province',
  department: 'department',
  so: 'department',
  'so, nganh': 'department',
  'so nganh': 'department',
  ban: 'department',
  nganh: 'department',
  district: 'district',
  huyen: 'district',
  quan: 'district',
  'thi xa': 'district',
  'thanh pho': 'district',
  commune: 'commune',
  xa: 'commune',
  phuong: 'commune',
  'thi tran': 'commune',
}

const truthy = new Set(['1', 'x', 'yes', 'y', 'true', 'co'])
const falsy = new Set(['', '0', 'no', 'n', 'false', 'khong'])

export type CsvRow = { line: number; cells: Record<string, string> }

export type ExistingUnit = { id: number | string; code: string; level: UnitLevel }

export type PlannedUnit = {
  line: number
  name: string
  code: string
  level: UnitLevel
  /** The parent, either already in the database or created earlier from this file. */
  parent: { existingId: number | string } | { fileCode: string } | null
  contactEmails: string[]
  portalUrl: string | null
  hasRadioStation: boolean
  hasOneStopDesk: boolean
  postOfficeCulturePoints: number
}

export type ImportProblem = { line: number | null; key: MessageKey; params?: MessageParams }

export type ImportPlan =
  { ok: true; units: PlannedUnit[] } | { ok: false; problems: ImportProblem[] }

export const MAX_IMPORT_ROWS = 20_000

const hierarchyMessage = (problem: HierarchyProblem): MessageKey => `unit.${problem.kind}`

/** Maps the file's header cells to our columns; unknown headers are ignored. */
export const resolveHeader = (
  header: string[],
): { columns: Partial<Record<Column, string>>; missing: Column[] } => {
  const columns: Partial<Record<Column, string>> = {}
  for (const cell of header) {
    const folded = foldKey(cell).replace(/_/g, ' ')
    for (const [column, spellings] of Object.entries(unitCsvColumns) as [
      Column,
      readonly string[],
    ][]) {
      if (columns[column] === undefined && spellings.some((s) => s.replace(/_/g, ' ') === folded)) {
        columns[column] = cell
      }
    }
  }
  return { columns, missing: requiredColumns.filter((c) => columns[c] === undefined) }
}

const depth: Record<UnitLevel, number> = { province: 0, department: 1, district: 1, commune: 2 }

/**
 * Validates a whole file of units against the units that already exist and, only when every row is
 * valid, returns them in an order where each parent comes before its children.
 */
export const planUnitImport = (
  header: string[],
  rows: CsvRow[],
  existing: ExistingUnit[],
): ImportPlan => {
  const problems: ImportProblem[] = []
  const { columns, missing } = resolveHeader(header)
  if (missing.length > 0) {
    return {
      ok: false,
      problems: [{ line: 1, key: 'csv.missingColumns', params: { columns: missing.join(', ') } }],
    }
  }
  if (rows.length === 0) return { ok: false, problems: [{ line: null, key: 'csv.empty' }] }
  if (rows.length > MAX_IMPORT_ROWS) {
    return {
      ok: false,
      problems: [{ line: null, key: 'csv.tooManyRows', params: { max: MAX_IMPORT_ROWS } }],
    }
  }

  const cell = (row: CsvRow, column: Column): string => {
    const key = columns[column]
    return key === undefined ? '' : (row.cells[key] ?? '').trim()
  }
  const existingByCode = new Map(existing.map((u) => [normalizeUnitCode(u.code), u]))
  const firstLineByCode = new Map<string, number>()
  const drafts: (PlannedUnit & { parentCode: string })[] = []

  for (const row of rows) {
    const report = (key: MessageKey, params?: MessageParams) =>
      problems.push({ line: row.line, key, params })
    const name = cell(row, 'name')
    const code = normalizeUnitCode(cell(row, 'code'))
    const levelText = cell(row, 'level')
    const level = levelAliases[foldKey(levelText)]
    let codeAccepted = false
    if (!name) report('csv.required', { column: columns.name ?? 'name' })
    if (!code) report('csv.required', { column: columns.code ?? 'code' })
    else if (!isValidUnitCode(code)) report('unit.codeFormat', { code })
    else if (existingByCode.has(code)) report('csv.codeExists', { code })
    else if (firstLineByCode.has(code))
      report('csv.duplicateCode', { code, line: firstLineByCode.get(code)! })
    else {
      firstLineByCode.set(code, row.line)
      codeAccepted = true
    }
    if (!level) report('csv.invalidLevel', { value: levelText })

    const contactEmails = cell(row, 'emails')
      .split(/[;,\s]+/)
      .filter(Boolean)
    for (const email of contactEmails)
      if (!isValidEmail(email)) report('unit.emailInvalid', { email })
    const portalUrl = cell(row, 'portalUrl') || null
    if (portalUrl && !isValidHttpUrl(portalUrl)) report('unit.urlInvalid', { url: portalUrl })

    const flag = (column: 'hasRadioStation' | 'hasOneStopDesk'): boolean => {
      const value = foldKey(cell(row, column))
      if (truthy.has(value)) return true
      if (!falsy.has(value))
        report('csv.invalidBoolean', {
          column: columns[column] ?? column,
          value: cell(row, column),
        })
      return false
    }
    const hasRadioStation = flag('hasRadioStation')
    const hasOneStopDesk = flag('hasOneStopDesk')
    const pointsText = cell(row, 'postOfficeCulturePoints')
    const postOfficeCulturePoints = pointsText === '' ? 0 : Number(pointsText)
    if (!Number.isInteger(postOfficeCulturePoints) || postOfficeCulturePoints < 0) {
      report('csv.invalidCount', {
        column: columns.postOfficeCulturePoints ?? 'post_office_points',
        value: pointsText,
      })
    }

    // Only rows whose code is their own take part in the parent checks below.
    if (name && codeAccepted && level) {
      drafts.push({
        line: row.line,
        name,
        code,
        level,
        parentCode: normalizeUnitCode(cell(row, 'parentCode')),
        parent: null,
        contactEmails,
        portalUrl,
        hasRadioStation,
        hasOneStopDesk,
        postOfficeCulturePoints,
      })
    }
  }

  const levelByFileCode = new Map(drafts.map((d) => [d.code, d.level]))
  for (const draft of drafts) {
    let parentLevel: UnitLevel | null = null
    if (draft.parentCode) {
      const inDb = existingByCode.get(draft.parentCode)
      const inFileLevel = levelByFileCode.get(draft.parentCode)
      if (inDb) {
        draft.parent = { existingId: inDb.id }
        parentLevel = inDb.level
      } else if (inFileLevel) {
        draft.parent = { fileCode: draft.parentCode }
        parentLevel = inFileLevel
      } else {
        problems.push({
          line: draft.line,
          key: 'csv.unknownParent',
          params: { code: draft.parentCode },
        })
        continue
      }
    }
    const problem = checkParentLevel(draft.level, parentLevel)
    if (problem)
      problems.push({
        line: draft.line,
        key: hierarchyMessage(problem),
        params: { level: draft.level, parentLevel: parentLevel ?? '' },
      })
  }

  if (problems.length > 0) {
    return { ok: false, problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) }
  }
  // Levels strictly deepen from parent to child, so sorting by depth puts parents first.
  const units = drafts
    .map(({ parentCode: _parentCode, ...unit }) => unit)
    .sort((a, b) => depth[a.level] - depth[b.level] || a.line - b.line)
  return { ok: true, units }
}
