import { describe, expect, it } from '@jest/globals'
import ExcelJS from 'exceljs'

import { neutraliseCell, tableCsv, tableXlsx } from '@/platform/spreadsheet'

const hostile = [
  '=HYPERLINK("http://evil.example","Bam vao day")',
  '+1+cmd|" /C calc"!A0',
  '-2+3',
  '@SUM(A1:A2)',
  '\t=1+1',
  '\r=1+1',
]

describe('exports never hand a spreadsheet a formula', () => {
  it('should prefix every text that starts like a formula with an apostrophe', () => {
    for (const text of hostile) expect(neutraliseCell(text)).toBe(`'${text}`)
  })

  it('should leave ordinary texts and numbers, negative ones included, as they are', () => {
    expect(neutraliseCell('UBND xã A1')).toBe('UBND xã A1')
    expect(neutraliseCell(-12.5)).toBe(-12.5)
    expect(neutraliseCell('100%')).toBe('100%')
  })

  it('should write no cell of a CSV that starts with a formula character', () => {
    const csv = tableCsv({ header: ['Đơn vị', 'Số'], rows: hostile.map((name) => [name, -1]) })
    const cells = csv
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean)
      .slice(1)
      .map((line) => line.replace(/^"/, ''))
    for (const cell of cells) expect(cell).toMatch(/^'/)
    expect(csv).toContain(',-1')
  })

  it('should store the same texts in an XLSX as plain strings with the apostrophe', async () => {
    const buffer = await tableXlsx({ header: ['Đơn vị'], rows: hostile.map((n) => [n]) }, 'Báo cáo')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(buffer as never) // exceljs types its input as an older Buffer
    const values = book.worksheets[0]!.getColumn(1).values.slice(2)
    // XML keeps a carriage return as a line feed; the apostrophe in front is what matters.
    expect(values).toEqual(hostile.map((text) => `'${text.replace('\r', '\n')}`))
  })
})
