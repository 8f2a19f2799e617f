import type { MessageParams } from '@/platform/i18n/catalog'
import { addDays, isDay, type Day } from '@/platform/time'
import { foldKey } from '@/platform/text/fold'
import type { MessageKey } from '@/modules/organisation/messages'
import {
  checkPlacement,
  isValidEmail,
  isValidHttpUrl,
  isValidOfficialCode,
  isValidUnitCode,
  normalizeUnitCode,
  typeFitsLevel,
  type HierarchyProblem,
  type UnitLevel,
} from './hierarchy'
import type { LineageKind } from './lineage'
import { placementParams } from './reorganisation'

/**
 * The columns of a unit CSV file, with the header spellings accepted for each (folded: no tone
 * marks, lower case; "_" and " " alike). The first spelling is the English name the template uses,
 * the last the Vietnamese header of the template.
 */
export const unitCsvColumns = {
  name: ['name', 'ten', 'ten don vi'],
  code: ['code', 'ma', 'ma don vi'],
  level: ['level', 'cap'],
  type: ['type', 'loai', 'loai hinh', 'loai don vi'],
  parentCode: ['parent_code', 'parent', 'ma cap tren'],
  validFrom: ['valid_from', 'from', 'tu ngay', 'ngay thanh lap', 'hieu luc tu'],
  validTo: ['valid_to', 'to', 'den ngay', 'ngay ket thuc', 'hieu luc den'],
  officialCode: ['official_code', 'ma dvhc', 'ma don vi hanh chinh', 'ma hanh chinh'],
  predecessorCodes: ['predecessor_codes', 'predecessors', 'ma don vi tien than', 'ma tien than'],
  emails: ['emails', 'email'],
  portalUrl: ['portal_url', 'portal', 'cong thong tin'],
  hasRadioStation: ['radio_station', 'tram truyen thanh', 'dai truyen thanh'],
  hasOneStopDesk: ['one_stop_desk', 'bo phan mot cua', 'mot cua'],
  postOfficeCulturePoints: ['post_office_points', 'diem buu dien van hoa'],
} as const

export type Column = keyof typeof unitCsvColumns

/** The template's header (Vietnamese, as the help lists them) in column order. */
export const templateHeader: Record<Column, string> = {
  name: 'Tên đơn vị',
  code: 'Mã đơn vị',
  level: 'Cấp',
  type: 'Loại',
  parentCode: 'Mã cấp trên',
  validFrom: 'Từ ngày',
  validTo: 'Đến ngày',
  officialCode: 'Mã ĐVHC',
  predecessorCodes: 'Mã đơn vị tiền thân',
  emails: 'Email',
  portalUrl: 'Cổng thông tin',
  hasRadioStation: 'Trạm truyền thanh',
  hasOneStopDesk: 'Bộ phận một cửa',
  postOfficeCulturePoints: 'Điểm bưu điện văn hóa',
}

const requiredColumns: Column[] = ['name', 'code', 'level']

/**
 * Level (and type) names as people write them in a spreadsheet, folded. A level column may name
 * the type ("phường") and so say both; "thành phố" alone is a district-level city before 2025.
 */
const levelAliases: Record<string, { level: UnitLevel; type?: string }> = {
  province: { level: 'province' },
  tinh: { level: 'province', type: 'tinh' },
  'cap tinh': { level: 'province' },
  'thanh pho truc thuoc trung uong': { level: 'province', type: 'thanhPhoTW' },
  department: { level: 'department' },
  so: { level: 'department' },
  'so, nganh': { level: 'department' },
  'so nganh': { level: 'department' },
  'so, ban, nganh': { level: 'department' },
  ban: { level: 'department' },
  nganh: { level: 'department' },
  'co quan cap tinh': { level: 'department' },
  district: { level: 'district' },
  'cap huyen': { level: 'district' },
  huyen: { level: 'district', type: 'huyen' },
  quan: { level: 'district', type: 'quan' },
  'thi xa': { level: 'district', type: 'thiXa' },
  'thanh pho': { level: 'district', type: 'thanhPhoThuocTinh' },
  'thanh pho thuoc tinh': { level: 'district', type: 'thanhPhoThuocTinh' },
  commune: { level: 'commune' },
  'cap xa': { level: 'commune' },
  xa: { level: 'commune', type: 'xa' },
  phuong: { level: 'commune', type: 'phuong' },
  'dac khu': { level: 'commune', type: 'dacKhu' },
  'thi tran': { level: 'commune', type: 'thiTran' },
  communeunit: { level: 'communeUnit' },
  'commune unit': { level: 'communeUnit' },
  'don vi thuoc xa': { level: 'communeUnit' },
  'don vi truc thuoc xa': { level: 'communeUnit' },
}

/** Type names, folded, mapped to the stored value (the level decides between the two "thành phố"). */
const typeAliases: Record<string, string> = {
  tinh: 'tinh',
  'thanh pho truc thuoc trung uong': 'thanhPhoTW',
  huyen: 'huyen',
  quan: 'quan',
  'thi xa': 'thiXa',
  'thanh pho thuoc tinh': 'thanhPhoThuocTinh',
  xa: 'xa',
  phuong: 'phuong',
  'dac khu': 'dacKhu',
  'thi tran': 'thiTran',
}
const typeOf = (folded: string, level: UnitLevel): string | null =>
  folded === 'thanh pho'
    ? level === 'province'
      ? 'thanhPhoTW'
      : 'thanhPhoThuocTinh'
    : (typeAliases[folded] ??
      (folded && Object.values(typeAliases).includes(folded) ? folded : null))

const truthy = new Set(['1', 'x', 'yes', 'y', 'true', 'co'])
const falsy = new Set(['', '0', 'no', 'n', 'false', 'khong'])

/** A date cell: 2025-07-01, 01/07/2025 or 1/7/2025 (day first, as Vietnamese spreadsheets write it). */
export const parseDayCell = (text: string): Day | null => {
  const value = text.trim()
  if (isDay(value)) return value
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value)
  if (!match) return null
  const day = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`
  return isDay(day) ? day : null
}

export type CsvRow = { line: number; cells: Record<string, string> }

type Id = number | string

/** A unit already in the database, as the import sees it. */
export type ExistingUnit = {
  id: Id
  code: string
  name?: string
  level: UnitLevel
  type?: string | null
  parentId?: Id | null
  validFrom?: Day | null
  validTo?: Day | null
}

/** Where a parent or predecessor is: already in the database, or a row of this file. */
export type UnitRef = { existingId: Id } | { fileCode: string }

/** The fields a row sets; a column absent from the file leaves its field as it is. */
export type UnitFields = {
  name: string
  code: string
  level: UnitLevel
  type?: string | null
  officialCode?: string | null
  validFrom?: Day | null
  validTo?: Day | null
  contactEmails?: string[]
  portalUrl?: string | null
  hasRadioStation?: boolean
  hasOneStopDesk?: boolean
  postOfficeCulturePoints?: number
}

export type PlannedUnit = {
  line: number
  action: 'create' | 'update'
  /** For updates: the unit changed. */
  existingId: Id | null
  fields: UnitFields
  /** The parent (undefined in an update: unchanged). */
  parent: UnitRef | null | undefined
}

export type PlannedLineage = {
  predecessor: UnitRef & { code: string }
  successorCode: string
  effectiveDate: Day
  kind: LineageKind
}

/** A predecessor closed by this import, whose sub-units, people and outlets pass to its one successor. */
export type PlannedSuccession = { predecessorCode: string; successorCode: string; closeOn: Day }

export type ImportProblem = { line: number | null; key: MessageKey; params?: MessageParams }

export type ImportPlan =
  | {
      ok: true
      units: PlannedUnit[]
      lineage: PlannedLineage[]
      successions: PlannedSuccession[]
    }
  | { ok: false; problems: ImportProblem[] }

export type ImportOptions = {
  /** Rows whose code exists update that unit instead of being refused. */
  updateExisting?: boolean
  /** Codes of existing units that still own something (sub-units, people, outlets, a token). */
  owning?: ReadonlySet<string>
  /**
   * The day of the import: a new unit without a first day starts then (a unit added later never
   * changes a finished period), unless it closed before (a unit of history, known since before
   * the records).
   */
  today?: Day
}

export const MAX_IMPORT_ROWS = 20_000

/** Maps the file's header cells to our columns; unknown headers are ignored. */
export const resolveHeader = (
  header: string[],
): { columns: Partial<Record<Column, string>>; missing: Column[] } => {
  const columns: Partial<Record<Column, string>> = {}
  for (const cell of header) {
    const folded = foldKey(cell).replace(/_/g, ' ').trim()
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

const depth: Record<UnitLevel, number> = {
  province: 0,
  department: 1,
  district: 1,
  commune: 2,
  communeUnit: 3,
}

type Draft = PlannedUnit & { parentCode: string | null | undefined; predecessorCodes: string[] }

/**
 * Validates a whole file of units against the units that already exist and, only when every row is
 * valid, returns what to write: units in an order where each parent comes before its children, the
 * lineage the predecessor column states, and the predecessors this file closes (the day before
 * their successor opens) with where what they own goes.
 */
export const planUnitImport = (
  header: string[],
  rows: CsvRow[],
  existing: ExistingUnit[],
  options: ImportOptions = {},
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

  const has = (column: Column) => columns[column] !== undefined
  const cell = (row: CsvRow, column: Column): string => {
    const key = columns[column]
    return key === undefined ? '' : (row.cells[key] ?? '').trim()
  }
  const existingByCode = new Map(existing.map((u) => [normalizeUnitCode(u.code), u]))
  const existingById = new Map(existing.map((u) => [String(u.id), u]))
  const firstLineByCode = new Map<string, number>()
  const drafts: Draft[] = []

  for (const row of rows) {
    const report = (key: MessageKey, params?: MessageParams) =>
      problems.push({ line: row.line, key, params })
    const name = cell(row, 'name')
    const code = normalizeUnitCode(cell(row, 'code'))
    const levelText = cell(row, 'level')
    const alias = levelAliases[foldKey(levelText)]
    const level = alias?.level
    let codeAccepted = false
    const current = existingByCode.get(code)
    if (!name) report('csv.required', { column: columns.name ?? 'name' })
    if (!code) report('csv.required', { column: columns.code ?? 'code' })
    else if (!isValidUnitCode(code)) report('unit.codeFormat', { code })
    else if (current && !options.updateExisting) report('csv.codeExists', { code })
    else if (firstLineByCode.has(code))
      report('csv.duplicateCode', { code, line: firstLineByCode.get(code)! })
    else {
      firstLineByCode.set(code, row.line)
      codeAccepted = true
    }
    if (!level) report('csv.invalidLevel', { value: levelText })
    else if (current && options.updateExisting && current.level !== level)
      report('csv.levelChange', { code, level, current: current.level })

    let type: string | null | undefined = has('type') || alias?.type ? null : undefined
    const typeText = foldKey(cell(row, 'type'))
    if (level && typeText) {
      type = typeOf(typeText, level)
      if (!type || !typeFitsLevel(level, type)) {
        report('csv.invalidType', { value: cell(row, 'type'), level })
        type = undefined
      }
    } else if (alias?.type) type = alias.type

    const dayColumn = (column: 'validFrom' | 'validTo'): Day | null | undefined => {
      if (!has(column)) return undefined
      const text = cell(row, column)
      if (!text) return null
      const day = parseDayCell(text)
      if (!day) report('csv.invalidDay', { column: columns[column] ?? column, value: text })
      return day
    }
    let validFrom = dayColumn('validFrom')
    const validTo = dayColumn('validTo')
    if (!current && !validFrom && options.today)
      validFrom = validTo && validTo < options.today ? null : options.today
    // An update leaves the first day as it is when the cell is empty.
    if (current && validFrom === null) validFrom = undefined

    const officialCode = has('officialCode') ? cell(row, 'officialCode') || null : undefined
    if (officialCode && !isValidOfficialCode(officialCode))
      report('unit.officialCodeFormat', { code: officialCode })

    const contactEmails = has('emails')
      ? cell(row, 'emails')
          .split(/[;,\s]+/)
          .filter(Boolean)
      : undefined
    for (const email of contactEmails ?? [])
      if (!isValidEmail(email)) report('unit.emailInvalid', { email })
    const portalUrl = has('portalUrl') ? cell(row, 'portalUrl') || null : undefined
    if (portalUrl && !isValidHttpUrl(portalUrl)) report('unit.urlInvalid', { url: portalUrl })

    const flag = (column: 'hasRadioStation' | 'hasOneStopDesk'): boolean | undefined => {
      if (!has(column)) return undefined
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
    let postOfficeCulturePoints: number | undefined
    if (has('postOfficeCulturePoints')) {
      const pointsText = cell(row, 'postOfficeCulturePoints')
      postOfficeCulturePoints = pointsText === '' ? 0 : Number(pointsText)
      if (!Number.isInteger(postOfficeCulturePoints) || postOfficeCulturePoints < 0)
        report('csv.invalidCount', {
          column: columns.postOfficeCulturePoints ?? 'post_office_points',
          value: pointsText,
        })
    }

    // Only rows whose code is their own take part in the parent and lineage checks below.
    if (name && codeAccepted && level) {
      const parentText = cell(row, 'parentCode')
      drafts.push({
        line: row.line,
        action: current ? 'update' : 'create',
        existingId: current?.id ?? null,
        fields: {
          name,
          code,
          level,
          ...(type !== undefined ? { type } : {}),
          ...(officialCode !== undefined ? { officialCode } : {}),
          ...(validFrom !== undefined ? { validFrom } : {}),
          ...(validTo !== undefined ? { validTo } : {}),
          ...(contactEmails !== undefined ? { contactEmails } : {}),
          ...(portalUrl !== undefined ? { portalUrl } : {}),
          ...(hasRadioStation !== undefined ? { hasRadioStation } : {}),
          ...(hasOneStopDesk !== undefined ? { hasOneStopDesk } : {}),
          ...(postOfficeCulturePoints !== undefined ? { postOfficeCulturePoints } : {}),
        },
        // An update with an empty parent cell keeps the parent; a create without one has none.
        parentCode: parentText ? normalizeUnitCode(parentText) : current ? undefined : null,
        parent: undefined,
        predecessorCodes: cell(row, 'predecessorCodes')
          .split(/[;,\s]+/)
          .filter(Boolean)
          .map(normalizeUnitCode),
      })
    }
  }

  const draftByCode = new Map(drafts.map((d) => [d.fields.code, d]))
  /** A unit's days as they will be after this file: the row's values over the stored ones. */
  const lifeOf = (code: string): { validFrom: Day | null; validTo: Day | null } => {
    const draft = draftByCode.get(code)
    const stored = existingByCode.get(code)
    return {
      validFrom:
        draft && 'validFrom' in draft.fields
          ? (draft.fields.validFrom ?? null)
          : (stored?.validFrom ?? null),
      validTo:
        draft && 'validTo' in draft.fields
          ? (draft.fields.validTo ?? null)
          : (stored?.validTo ?? null),
    }
  }

  /** A unit's parent code after this file (null: none). */
  const parentCodeOf = (code: string): string | null => {
    const draft = draftByCode.get(code)
    if (draft && draft.parentCode !== undefined) return draft.parentCode
    const parentId = existingByCode.get(code)?.parentId
    return parentId == null ? null : (existingById.get(String(parentId))?.code ?? null)
  }

  // Lineage: each predecessor passes its work on the successor's first day and closes the day before.
  const lineage: PlannedLineage[] = []
  const successorsOf = new Map<string, Draft[]>()
  for (const draft of drafts) {
    if (draft.predecessorCodes.length === 0) continue
    const from = lifeOf(draft.fields.code).validFrom
    if (!from) {
      problems.push({
        line: draft.line,
        key: 'csv.predecessorNeedsDate',
        params: { column: columns.validFrom ?? 'valid_from' },
      })
      continue
    }
    for (const code of draft.predecessorCodes) {
      if (code === draft.fields.code || (!existingByCode.has(code) && !draftByCode.has(code))) {
        problems.push({ line: draft.line, key: 'csv.unknownPredecessor', params: { code } })
        continue
      }
      successorsOf.set(code, [...(successorsOf.get(code) ?? []), draft])
    }
  }
  const closes = new Map<string, Day>()
  for (const [code, successors] of successorsOf) {
    const from = lifeOf(successors[0]!.fields.code).validFrom!
    const line = successors[0]!.line
    if (successors.some((s) => lifeOf(s.fields.code).validFrom !== from)) {
      problems.push({ line, key: 'csv.predecessorDates', params: { code } })
      continue
    }
    const life = lifeOf(code)
    const closeOn = addDays(from, -1)
    if (life.validFrom && life.validFrom >= from) {
      problems.push({ line, key: 'csv.predecessorTooNew', params: { code, day: life.validFrom } })
      continue
    }
    if (life.validTo && life.validTo > closeOn) {
      problems.push({ line, key: 'csv.predecessorOverlaps', params: { code, day: life.validTo } })
      continue
    }
    const kind: LineageKind =
      successors.length > 1
        ? 'split'
        : successors[0]!.predecessorCodes.length > 1
          ? 'merge'
          : parentCodeOf(code) !== parentCodeOf(successors[0]!.fields.code)
            ? 'move'
            : 'rename'
    if (!life.validTo) {
      // Closed by this file: a split leaves no single successor for what the predecessor owns.
      if (successors.length > 1 && options.owning?.has(code)) {
        problems.push({ line, key: 'csv.splitOwns', params: { code } })
        continue
      }
      closes.set(code, closeOn)
    }
    const stored = existingByCode.get(code)
    for (const successor of successors)
      lineage.push({
        predecessor: stored ? { existingId: stored.id, code } : { fileCode: code, code },
        successorCode: successor.fields.code,
        effectiveDate: from,
        kind,
      })
  }
  const successions: PlannedSuccession[] = []
  for (const [code, closeOn] of closes) {
    const draft = draftByCode.get(code)
    if (draft) draft.fields.validTo = closeOn
    else {
      // An existing unit this file closes: it is written as an update of its closing day.
      const stored = existingByCode.get(code)!
      drafts.push({
        line: successorsOf.get(code)![0]!.line,
        action: 'update',
        existingId: stored.id,
        fields: { name: stored.name ?? code, code, level: stored.level, validTo: closeOn },
        parentCode: undefined,
        parent: undefined,
        predecessorCodes: [],
      })
      draftByCode.set(code, drafts.at(-1)!)
    }
    if (successorsOf.get(code)!.length === 1 && existingByCode.has(code))
      successions.push({
        predecessorCode: code,
        successorCode: successorsOf.get(code)![0]!.fields.code,
        closeOn,
      })
  }

  // Parents: known, of a fitting level, operating whenever the unit does.
  for (const draft of drafts) {
    const stored =
      draft.existingId === null ? undefined : existingById.get(String(draft.existingId))
    const parentCode =
      draft.parentCode === undefined
        ? stored?.parentId != null
          ? existingById.get(String(stored.parentId))?.code
          : null
        : draft.parentCode
    if (parentCode === undefined) continue
    let parent: { level: UnitLevel; validFrom: Day | null; validTo: Day | null } | null = null
    if (parentCode) {
      const inFile = draftByCode.get(parentCode)
      const inDb = existingByCode.get(parentCode)
      if (!inFile && !inDb) {
        problems.push({ line: draft.line, key: 'csv.unknownParent', params: { code: parentCode } })
        continue
      }
      if (
        draft.parentCode !== undefined &&
        stored &&
        String(inDb?.id) !== String(stored.parentId ?? '')
      ) {
        problems.push({
          line: draft.line,
          key: 'csv.parentChange',
          params: { code: draft.fields.code },
        })
        continue
      }
      if (draft.parentCode !== undefined)
        draft.parent = inDb ? { existingId: inDb.id } : { fileCode: parentCode }
      parent = { level: (inFile?.fields.level ?? inDb?.level)!, ...lifeOf(parentCode) }
    } else if (draft.parentCode !== undefined) draft.parent = null
    const life = lifeOf(draft.fields.code)
    const problem = checkPlacement(
      {
        level: draft.fields.level,
        type: draft.fields.type !== undefined ? draft.fields.type : (stored?.type ?? null),
        ...life,
      },
      parent,
    )
    if (problem)
      problems.push({
        line: draft.line,
        key: `unit.${(problem satisfies HierarchyProblem).kind}`,
        params: placementParams(problem, draft.fields.level, parent?.level ?? null),
      })
  }

  if (problems.length > 0) {
    return { ok: false, problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) }
  }
  // Levels deepen from parent to child, so sorting by depth puts parents first.
  const units = drafts
    .map(({ parentCode: _parentCode, predecessorCodes: _predecessors, ...unit }) => unit)
    .sort((a, b) => depth[a.fields.level] - depth[b.fields.level] || a.line - b.line)
  return { ok: true, units, lineage, successions }
}
