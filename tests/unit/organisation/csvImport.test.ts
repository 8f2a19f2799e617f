import { describe, expect, it } from '@jest/globals'
import { planUnitImport, resolveHeader, type CsvRow } from '@/modules/organisation/domain/csvImport'

const header = [
  'name',
  'code',
  'level',
  'parent_code',
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

describe('planUnitImport', () => {
  it('should order a valid province so parents come before children', () => {
    const plan = planUnitImport(
      header,
      rows(
        ['UBND xã Cẩm Bình', 'cx-cb', 'xã', 'CX', 'cambinh@x.vn; vp@x.vn', '', 'có', 'x', '2'],
        ['UBND huyện Cẩm Xuyên', 'CX', 'huyện', 'HT', '', 'https://camxuyen.gov.vn', '', '1', ''],
        ['UBND tỉnh', 'HT', 'Tỉnh', '', '', '', 'no', 'yes', '0'],
      ),
      [],
    )
    expect(plan.ok).toBe(true)
    if (!plan.ok) return
    expect(plan.units.map((u) => u.code)).toEqual(['HT', 'CX', 'CX-CB'])
    const commune = plan.units[2]!
    expect(commune).toMatchObject({
      level: 'commune',
      parent: { fileCode: 'CX' },
      contactEmails: ['cambinh@x.vn', 'vp@x.vn'],
      hasRadioStation: true,
      hasOneStopDesk: true,
      postOfficeCulturePoints: 2,
    })
    expect(plan.units[0]!.parent).toBeNull()
  })

  it('should attach rows to parents that already exist', () => {
    const plan = planUnitImport(header, rows(['UBND xã A', 'A', 'commune', 'cx']), [
      { id: 42, code: 'CX', level: 'district' },
    ])
    expect(plan.ok && plan.units[0]!.parent).toEqual({ existingId: 42 })
  })

  it('should report every bad row with its line and import nothing', () => {
    const plan = planUnitImport(
      header,
      rows(
        ['UBND tỉnh', 'HT', 'province'],
        ['', 'B', 'district', 'HT'],
        ['Xã C', 'C', 'village', 'HT'],
        ['Xã D', 'D', 'commune', 'NOPE'],
        ['Xã E', 'HT', 'province'],
        ['Xã F', 'F', 'commune', 'HT', 'not-an-email', 'ftp://x', 'maybe', '', '-1'],
        ['Sở G', 'EXISTS', 'department', 'HT'],
      ),
      [{ id: 1, code: 'EXISTS', level: 'department' }],
    )
    expect(plan.ok).toBe(false)
    if (plan.ok) return
    const byLine = (line: number) => plan.problems.filter((p) => p.line === line).map((p) => p.key)
    expect(byLine(2)).toEqual([])
    expect(byLine(3)).toEqual(['csv.required'])
    expect(byLine(4)).toEqual(['csv.invalidLevel'])
    expect(byLine(5)).toEqual(['csv.unknownParent'])
    expect(byLine(6)).toEqual(['csv.duplicateCode'])
    expect(byLine(7).sort()).toEqual(
      [
        'csv.invalidBoolean',
        'csv.invalidCount',
        'unit.emailInvalid',
        'unit.parentLevel',
        'unit.urlInvalid',
      ].sort(),
    )
    expect(byLine(8)).toEqual(['csv.codeExists'])
  })

  it('should refuse a file without the required columns', () => {
    const plan = planUnitImport(['ten', 'email'], [], [])
    expect(plan).toEqual({
      ok: false,
      problems: [{ line: 1, key: 'csv.missingColumns', params: { columns: 'code, level' } }],
    })
  })

  it('should refuse an empty file', () => {
    expect(planUnitImport(header, [], [])).toEqual({
      ok: false,
      problems: [{ line: null, key: 'csv.empty' }],
    })
  })

  it('should accept Vietnamese headers with or without tone marks', () => {
    const { columns, missing } = resolveHeader([
      'Tên đơn vị',
      'Mã',
      'Cấp',
      'Mã cấp trên',
      'Trạm truyền thanh',
    ])
    expect(missing).toEqual([])
    expect(columns).toMatchObject({
      name: 'Tên đơn vị',
      code: 'Mã',
      level: 'Cấp',
      parentCode: 'Mã cấp trên',
      hasRadioStation: 'Trạm truyền thanh',
    })
  })

  it('should refuse a commune placed directly under a province', () => {
    const plan = planUnitImport(
      header,
      rows(['Tỉnh', 'HT', 'province'], ['Xã', 'X', 'commune', 'HT']),
      [],
    )
    expect(plan.ok).toBe(false)
    expect(!plan.ok && plan.problems).toEqual([
      { line: 3, key: 'unit.parentLevel', params: { level: 'commune', parentLevel: 'province' } },
    ])
  })
})
