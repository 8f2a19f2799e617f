import ExcelJS from 'exceljs'

export type Table = { header: string[]; rows: (string | number)[][]; title?: string[] }

/**
 * A text that a spreadsheet program would run as a formula (`=HYPERLINK(…)`, `+`, `-`, `@`, or a
 * tab or carriage return before one) gets a leading apostrophe: it shows as typed, never runs.
 * Numbers stay numbers (a negative figure is not a formula).
 */
export const neutraliseCell = (value: string | number): string | number =>
  typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value

const csvCell = (value: string | number) => {
  const text = String(neutraliseCell(value))
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** CSV with a byte-order mark, so spreadsheet programs read Vietnamese text as UTF-8. */
export const tableCsv = ({ header, rows }: Table): string =>
  `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`

/** One worksheet: optional title lines, a bold header, the rows. */
export const tableXlsx = async (
  { header, rows, title = [] }: Table,
  sheetName: string,
): Promise<Buffer> => {
  const book = new ExcelJS.Workbook()
  book.creator = 'CCHC'
  // Excel forbids some characters in sheet names ("Quý I/2026" has a slash).
  const sheet = book.addWorksheet(sheetName.replace(/[\\/*?:[\]]/g, '-').slice(0, 31))
  for (const line of title) sheet.addRow([neutraliseCell(line)])
  sheet.addRow(header.map(neutraliseCell)).font = { bold: true }
  for (const row of rows) sheet.addRow(row.map(neutraliseCell))
  sheet.columns.forEach((column, i) => (column.width = i === 0 ? 40 : 22))
  return Buffer.from(await book.xlsx.writeBuffer())
}

/** A table as a download: CSV (UTF-8 with BOM, for Excel) when asked, else XLSX. */
export const spreadsheetResponse = async (
  table: Table,
  { name, format, sheetName }: { name: string; format: string | null; sheetName: string },
): Promise<Response> =>
  format === 'csv'
    ? new Response(tableCsv(table), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="${name}.csv"`,
        },
      })
    : new Response(new Uint8Array(await tableXlsx(table, sheetName)), {
        headers: {
          'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'Content-Disposition': `attachment; filename="${name}.xlsx"`,
        },
      })
