import ExcelJS from 'exceljs'

import { TZDate } from '@date-fns/tz'

import { TIME_ZONE, dayTimeText } from '@/platform/time'

/** A cell's value: a text, a number, an instant (a real date cell in XLSX), or nothing. */
export type CellValue = string | number | Date | null

export type Table = { header: string[]; rows: CellValue[][]; title?: string[] }

/** A cell with colours (hex, "#dafbe1"): its fill and its text. */
export type StyledCell = { value: CellValue; fill?: string; color?: string }

/** One worksheet of a workbook: title lines, a header row (frozen, filtered), the rows. */
export type Sheet = {
  name: string
  title?: string[]
  header: string[]
  rows: (CellValue | StyledCell)[][]
  /** Column widths in characters (default 40 for the first, 16 for the others). */
  widths?: number[]
}

/** How an instant shows in a spreadsheet: day, month, year, hours, minutes (the vi-VN order). */
export const DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm'

/**
 * Spreadsheet dates carry no time zone: a cell shows the wall-clock time it holds. The instant is
 * stored as the province's clock shows it (17:00 in Hà Tĩnh is written as 17:00).
 */
export const provinceWallClock = (instant: Date, timeZone = TIME_ZONE): Date => {
  const local = new TZDate(instant.getTime(), timeZone)
  return new Date(
    Date.UTC(
      local.getFullYear(),
      local.getMonth(),
      local.getDate(),
      local.getHours(),
      local.getMinutes(),
      local.getSeconds(),
    ),
  )
}

/** "07/04/2026 17:00" on the province's clock: how a CSV writes an instant. */
export const dateTimeCsv = (instant: Date): string => dayTimeText(instant)

/**
 * A text that a spreadsheet program would run as a formula (`=HYPERLINK(…)`, `+`, `-`, `@`, or a
 * tab or carriage return before one) gets a leading apostrophe: it shows as typed, never runs.
 * Numbers stay numbers (a negative figure is not a formula).
 */
export const neutraliseCell = <T extends CellValue>(value: T): T | string =>
  typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value

const csvCell = (value: CellValue) => {
  const text =
    value === null ? '' : value instanceof Date ? dateTimeCsv(value) : String(neutraliseCell(value))
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** CSV with a byte-order mark, so spreadsheet programs read Vietnamese text as UTF-8. */
export const tableCsv = ({ header, rows }: Table): string =>
  `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`

const sheetNameOf = (name: string, taken: Set<string>): string => {
  // Excel forbids some characters in sheet names ("Quý I/2026" has a slash), and more than 31.
  const base = name.replace(/[\\/*?:[\]]/g, '-').slice(0, 31)
  let candidate = base
  for (let n = 2; taken.has(candidate.toLowerCase()); n++)
    candidate = `${base.slice(0, 31 - String(n).length - 1)}~${n}`
  taken.add(candidate.toLowerCase())
  return candidate
}

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`

/**
 * A workbook: per sheet, title lines, a bold header row that stays in view (frozen) with filters,
 * then the rows. Numbers stay numbers, instants become date cells on the province's clock with
 * a day-month-year format, coloured cells keep their fill and text colour.
 */
export const workbookXlsx = async (sheets: Sheet[]): Promise<Buffer> => {
  const book = new ExcelJS.Workbook()
  book.creator = 'CCHC'
  const taken = new Set<string>()
  for (const { name, title = [], header, rows, widths } of sheets) {
    const headerRow = title.length + 1
    const sheet = book.addWorksheet(sheetNameOf(name, taken), {
      views: [{ state: 'frozen', ySplit: headerRow, xSplit: 1 }],
    })
    for (const line of title) sheet.addRow([neutraliseCell(line)])
    sheet.addRow(header.map(neutraliseCell)).font = { bold: true }
    for (const row of rows) {
      const added = sheet.addRow(
        row.map((cell) => {
          const value =
            cell !== null && typeof cell === 'object' && !(cell instanceof Date) ? cell.value : cell
          return value instanceof Date ? provinceWallClock(value) : neutraliseCell(value)
        }),
      )
      row.forEach((cell, index) => {
        const target = added.getCell(index + 1)
        const value =
          cell !== null && typeof cell === 'object' && !(cell instanceof Date) ? cell.value : cell
        if (value instanceof Date) target.numFmt = DATE_TIME_FORMAT
        if (cell !== null && typeof cell === 'object' && !(cell instanceof Date)) {
          if (cell.fill)
            target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(cell.fill) } }
          if (cell.color) target.font = { color: { argb: argb(cell.color) } }
        }
      })
    }
    sheet.columns.forEach((column, i) => (column.width = widths?.[i] ?? (i === 0 ? 40 : 16)))
    sheet.autoFilter = {
      from: { row: headerRow, column: 1 },
      to: { row: headerRow + rows.length, column: Math.max(header.length, 1) },
    }
  }
  return Buffer.from(await book.xlsx.writeBuffer())
}

/** One worksheet: optional title lines, a bold header (frozen, filtered), the rows. */
export const tableXlsx = async (
  { header, rows, title = [] }: Table,
  sheetName: string,
): Promise<Buffer> =>
  workbookXlsx([
    { name: sheetName, title, header, rows, widths: [40, ...header.slice(1).map(() => 22)] },
  ])

/** A table as a download: CSV (UTF-8 with BOM, for Excel) when asked, else XLSX. */
export const spreadsheetResponse = async (
  table: Table,
  {
    name,
    format,
    sheetName,
    workbook,
  }: {
    name: string
    format: string | null
    sheetName: string
    /** The XLSX as several sheets (the CSV stays the one plain table). */
    workbook?: () => Sheet[]
  },
): Promise<Response> =>
  format === 'csv'
    ? new Response(tableCsv(table), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="${name}.csv"`,
        },
      })
    : new Response(
        new Uint8Array(
          workbook ? await workbookXlsx(workbook()) : await tableXlsx(table, sheetName),
        ),
        {
          headers: {
            'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'Content-Disposition': `attachment; filename="${name}.xlsx"`,
          },
        },
      )
