import { describe, expect, it } from '@jest/globals'
import { decodeCsv } from '@/modules/organisation/domain/csvEncoding'
import {
  parseDayCell,
  planUnitImport,
  resolveHeader,
  type CsvRow,
  type ExistingUnit,
} from '@/modules/organisation/domain/csvImport'
import { encodeUtf16, encodeWindows1258 } from '../../helpers/encodings'

const header = [
  'name',
  'code',
  'level',
  'type',
  'parent_code',
  'valid_from',
  'valid_to',
  'official_code',
  'predecessor_codes',
  'emails',
  'portal_url',
  'radio_station',
  'one_stop_desk',
  'post_office_points',
]

const rows = (...cells: string[][]): CsvRow[] =>
  cells.map((values, i) => ({
    line: i + 2,
    cells: Object.fromEntries(header.map((h, j) => [h, values[j] ?? ''])),
  }))

const keysByLine = (plan: ReturnType<typeof planUnitImport>, line: number) =>
  plan.ok ? [] : plan.problems.filter((p) => p.line === line).map((p) => p.key)

/** A province in the database, with a district and a commune of 2024 – June 2025. */
const existing: ExistingUnit[] = [
  { id: 1, code: 'HT', name: 'UBND tỉnh', level: 'province', type: 'tinh', parentId: null },
  {
    id: 2,
    code: 'CX',
    name: 'Huyện Cẩm Xuyên',
    level: 'district',
    parentId: 1,
    validTo: '2025-06-30',
  },
  {
    id: 3,
    code: 'CX-CB',
    name: 'Xã Cẩm Bình',
    level: 'commune',
    type: 'xa',
    parentId: 2,
    validTo: '2025-06-30',
  },
  {
    id: 4,
    code: 'CX-CT',
    name: 'Xã Cẩm Thành',
    level: 'commune',
    type: 'xa',
    parentId: 2,
    validTo: '2025-06-30',
  },
  { id: 5, code: 'TP', name: 'Phường Trần Phú', level: 'commune', type: 'phuong', parentId: 1 },
]

describe('planUnitImport', () => {
  it('should order a two-tier province so parents come before children, with types, days and codes', () => {
    const plan = planUnitImport(
      header,
      rows(
        ['Trung tâm PVHCC xã Sen', 'sen-tt', 'đơn vị thuộc xã', '', 'SEN', '1/7/2025'],
        [
          'UBND phường Sen',
          'SEN',
          'phường',
          '',
          'QT',
          '01/07/2025',
          '',
          '18070',
          '',
          'sen@x.vn; vp@x.vn',
          '',
          'có',
          'x',
          '2',
        ],
        ['Sở Nội vụ', 'QT-SNV', 'sở', '', 'QT'],
        [
          'UBND tỉnh Quảng Trị',
          'QT',
          'Tỉnh',
          '',
          '',
          '',
          '',
          '45',
          '',
          '',
          'https://qt.gov.vn',
          'no',
          'yes',
          '0',
        ],
      ),
      [],
    )
    expect(plan.ok && []).toEqual([])
    if (!plan.ok) return
    expect(plan.units.map((u) => u.fields.code)).toEqual(['QT', 'QT-SNV', 'SEN', 'SEN-TT'])
    expect(plan.units[2]).toMatchObject({
      action: 'create',
      parent: { fileCode: 'QT' },
      fields: {
        level: 'commune',
        type: 'phuong',
        validFrom: '2025-07-01',
        officialCode: '18070',
        contactEmails: ['sen@x.vn', 'vp@x.vn'],
        hasRadioStation: true,
        hasOneStopDesk: true,
        postOfficeCulturePoints: 2,
      },
    })
    expect(plan.units[0]!.fields).toMatchObject({ type: 'tinh', officialCode: '45' })
    expect(plan.units[3]!.fields).toMatchObject({ level: 'communeUnit', validFrom: '2025-07-01' })
  })

  it('should link predecessors, close the ones still operating the day before, and hand over what they own', () => {
    const plan = planUnitImport(
      header,
      rows(
        ['UBND xã Cẩm Bình', 'CAMBINH', 'xã', '', 'HT', '2025-07-01', '', '', 'CX-CB; CX-CT'],
        ['UBND phường Thành Sen', 'THANHSEN', 'phường', '', 'HT', '2026-01-01', '', '', 'TP'],
      ),
      existing,
      { owning: new Set(['TP']) },
    )
    expect(plan.ok).toBe(true)
    if (!plan.ok) return
    expect(
      plan.lineage.map(
        (l) => `${l.predecessor.code}>${l.successorCode} ${l.kind} ${l.effectiveDate}`,
      ),
    ).toEqual([
      'CX-CB>CAMBINH merge 2025-07-01',
      'CX-CT>CAMBINH merge 2025-07-01',
      'TP>THANHSEN rename 2026-01-01',
    ])
    // Trần Phú was still operating: it closes on 31/12/2025 and its people pass to Thành Sen.
    expect(plan.units.find((u) => u.fields.code === 'TP')).toMatchObject({
      action: 'update',
      existingId: 5,
      fields: { validTo: '2025-12-31' },
    })
    expect(plan.successions).toEqual([
      { predecessorCode: 'TP', successorCode: 'THANHSEN', closeOn: '2025-12-31' },
    ])
  })

  it('should refuse a split of a unit that still owns something, dates that overlap, and unknown predecessors', () => {
    const split = planUnitImport(
      header,
      rows(
        ['Phường A', 'TP-A', 'phường', '', 'HT', '2026-01-01', '', '', 'TP'],
        ['Phường B', 'TP-B', 'phường', '', 'HT', '2026-01-01', '', '', 'TP'],
      ),
      existing,
      { owning: new Set(['TP']) },
    )
    expect(keysByLine(split, 2)).toEqual(['csv.splitOwns'])
    const overlap = planUnitImport(
      header,
      rows(['Xã mới', 'NEW', 'xã', '', 'HT', '2025-06-01', '', '', 'CX-CB; NOPE']),
      existing,
    )
    expect(keysByLine(overlap, 2).sort()).toEqual([
      'csv.predecessorOverlaps',
      'csv.unknownPredecessor',
    ])
    const undated = planUnitImport(
      header,
      rows(['Xã mới', 'NEW', 'xã', '', 'HT', '', '', '', 'TP']),
      existing,
    )
    expect(keysByLine(undated, 2)).toEqual(['csv.predecessorNeedsDate'])
  })

  it('should update existing units only when asked, never their level or parent', () => {
    const file = rows(
      ['Phường Trần Phú (mới tên)', 'TP', 'phường', '', '', '', '', '18071'],
      ['UBND xã Cẩm Bình', 'CX-CB', 'xã', '', 'HT'],
      ['Trần Phú làm huyện', 'TP', 'huyện'],
    )
    expect(keysByLine(planUnitImport(header, file.slice(0, 1), existing), 2)).toEqual([
      'csv.codeExists',
    ])
    const plan = planUnitImport(header, file, existing, { updateExisting: true })
    expect(keysByLine(plan, 2)).toEqual([])
    expect(keysByLine(plan, 3)).toEqual(['csv.parentChange'])
    expect(keysByLine(plan, 4)).toEqual(['csv.duplicateCode', 'csv.levelChange'])
    const update = planUnitImport(header, file.slice(0, 1), existing, { updateExisting: true })
    expect(update.ok && update.units[0]).toMatchObject({
      action: 'update',
      existingId: 5,
      parent: undefined,
      fields: { name: 'Phường Trần Phú (mới tên)', officialCode: '18071' },
    })
  })

  it('should keep districts and townships for history and communes under the province today', () => {
    const plan = planUnitImport(
      header,
      rows(
        ['Huyện mới', 'H', 'huyện', '', 'HT'],
        ['Thị trấn cũ', 'TT', 'thị trấn', '', 'CX', '', '30/06/2025'],
        ['Xã dưới huyện', 'X', 'xã', '', 'CX'],
        ['Xã đặc khu', 'DK', 'đặc khu', '', 'HT', '2025-07-01'],
      ),
      existing,
    )
    expect(keysByLine(plan, 2)).toEqual(['unit.districtOpen'])
    expect(keysByLine(plan, 3)).toEqual([])
    expect(keysByLine(plan, 4)).toEqual(['unit.communeUnderDistrict'])
    expect(keysByLine(plan, 5)).toEqual([])
  })

  it('should report every bad row with its line and import nothing', () => {
    const plan = planUnitImport(
      header,
      rows(
        ['UBND tỉnh', 'QT', 'province'],
        ['', 'B', 'department', '', 'QT'],
        ['Xã C', 'C', 'village', '', 'QT'],
        ['Xã D', 'D', 'commune', '', 'NOPE'],
        ['Xã E', 'QT', 'province'],
        [
          'Xã F',
          'F',
          'commune',
          'quận',
          'QT',
          '31/02/2026',
          '',
          '1',
          '',
          'not-an-email',
          'ftp://x',
          'maybe',
          '',
          '-1',
        ],
        ['Sở G', 'HT', 'department', '', 'QT'],
      ),
      existing,
    )
    expect(plan.ok).toBe(false)
    expect(keysByLine(plan, 2)).toEqual([])
    expect(keysByLine(plan, 3)).toEqual(['csv.required'])
    expect(keysByLine(plan, 4)).toEqual(['csv.invalidLevel'])
    expect(keysByLine(plan, 5)).toEqual(['csv.unknownParent'])
    expect(keysByLine(plan, 6)).toEqual(['csv.duplicateCode'])
    expect(keysByLine(plan, 7).sort()).toEqual(
      [
        'csv.invalidBoolean',
        'csv.invalidCount',
        'csv.invalidDay',
        'csv.invalidType',
        'unit.emailInvalid',
        'unit.officialCodeFormat',
        'unit.urlInvalid',
      ].sort(),
    )
    expect(keysByLine(plan, 8)).toEqual(['csv.codeExists'])
  })

  it('should refuse a file without the required columns, and an empty file', () => {
    expect(planUnitImport(['ten', 'email'], [], [])).toEqual({
      ok: false,
      problems: [{ line: 1, key: 'csv.missingColumns', params: { columns: 'code, level' } }],
    })
    expect(planUnitImport(header, [], [])).toEqual({
      ok: false,
      problems: [{ line: null, key: 'csv.empty' }],
    })
  })

  it('should accept the Vietnamese headers of the template, with or without tone marks', () => {
    const { columns, missing } = resolveHeader([
      'Tên đơn vị',
      'Mã đơn vị',
      'Cấp',
      'Loại',
      'Mã cấp trên',
      'Từ ngày',
      'Den ngay',
      'Mã ĐVHC',
      'Mã đơn vị tiền thân',
      'Trạm truyền thanh',
    ])
    expect(missing).toEqual([])
    expect(columns).toMatchObject({
      name: 'Tên đơn vị',
      code: 'Mã đơn vị',
      level: 'Cấp',
      type: 'Loại',
      parentCode: 'Mã cấp trên',
      validFrom: 'Từ ngày',
      validTo: 'Den ngay',
      officialCode: 'Mã ĐVHC',
      predecessorCodes: 'Mã đơn vị tiền thân',
      hasRadioStation: 'Trạm truyền thanh',
    })
  })

  it('should read dates as Vietnamese spreadsheets write them', () => {
    expect(parseDayCell('1/7/2025')).toBe('2025-07-01')
    expect(parseDayCell('01.07.2025')).toBe('2025-07-01')
    expect(parseDayCell('2025-07-01')).toBe('2025-07-01')
    expect(parseDayCell('07/31/2025')).toBeNull()
    expect(parseDayCell('31/02/2025')).toBeNull()
  })
})

describe('decodeCsv', () => {
  const text =
    'Tên đơn vị;Mã\nUBND xã Cẩm Bình;HT-CAMBINH\nĐặc khu Côn Đảo;DK-CD\nỦy ban phường Ữ;X\n'

  it('should read UTF-8 with and without a byte-order mark', () => {
    expect(decodeCsv(Buffer.from(text))).toEqual({ text, encoding: 'utf-8' })
    expect(decodeCsv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({
      text,
      encoding: 'utf-8-bom',
    })
  })

  it("should read UTF-16 as Excel's Unicode text writes it, either byte order, and without a mark", () => {
    expect(decodeCsv(encodeUtf16(text))).toEqual({ text, encoding: 'utf-16le' })
    expect(decodeCsv(encodeUtf16(text, 'be'))).toEqual({ text, encoding: 'utf-16be' })
    expect(decodeCsv(Buffer.from(text, 'utf16le'))).toEqual({ text, encoding: 'utf-16le' })
  })

  it('should read Windows-1258 (tone marks written apart) as composed Unicode', () => {
    const bytes = encodeWindows1258(text)
    expect(bytes.length).toBeGreaterThan(text.length)
    expect(decodeCsv(bytes)).toEqual({ text, encoding: 'windows-1258' })
  })

  it('should compose text typed with separate tone marks, so "xã" compares equal however typed', () => {
    expect(decodeCsv(Buffer.from('xa\u0303')).text).toBe('xã')
  })
})
