import ExcelJS from 'exceljs'

import { translate, type Language, type MessageKey } from '../i18n/messages'
import type { Scorecard } from './scorecard'

const statusKey: Record<string, MessageKey> = { met: 'scorecard.met', notMet: 'scorecard.notMet', noData: 'scorecard.noData' }

/** The scorecard as rows: one per unit (and contract), one column per indicator, Vietnamese headers. */
export const scorecardRows = (card: Scorecard, language: Language): { header: string[]; rows: (string | number)[][] } => {
  const tr = (key: MessageKey) => translate(language, key)
  const header = [tr('scorecard.unit'), ...card.indicators.map((i) => i.title)]
  const cell = (subjectId: string, indicatorId: string) => {
    const found = card.cells.find((c) => c.subjectId === subjectId && c.indicatorId === indicatorId)
    return found ? tr(statusKey[found.status]!) : ''
  }
  const rows: (string | number)[][] = card.units.map((u) => [`${'  '.repeat(u.depth)}${u.name}`, ...card.indicators.map((i) => cell(u.id, i.indicatorId))])
  for (const indicator of card.indicators) {
    const contract = card.cells.find((c) => c.indicatorId === indicator.indicatorId && c.subjectId.startsWith('contract:'))
    if (contract) rows.push([`${tr('scorecard.contract')}: ${indicator.title}`, ...card.indicators.map((i) => (i.indicatorId === indicator.indicatorId ? tr(statusKey[contract.status]!) : ''))])
  }
  rows.push([tr('scorecard.share'), ...card.indicators.map((i) => (i.share === null ? '' : i.share))])
  rows.push([tr('scorecard.target'), ...card.indicators.map((i) => i.targetShare)])
  return { header, rows }
}

const csvCell = (value: string | number) => {
  const text = String(value)
  return /[",\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** CSV with a BOM so spreadsheet programs read the Vietnamese text as UTF-8. */
export const scorecardCsv = (card: Scorecard, language: Language): string => {
  const { header, rows } = scorecardRows(card, language)
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}

export const scorecardXlsx = async (card: Scorecard, language: Language): Promise<Buffer> => {
  const { header, rows } = scorecardRows(card, language)
  const book = new ExcelJS.Workbook()
  book.creator = 'CCHC'
  // Excel forbids some characters in sheet names ("Quý I/2026" has a slash).
  const sheet = book.addWorksheet(card.period.label.replace(/[\\/*?:[\]]/g, '-').slice(0, 31))
  sheet.addRow([`${card.plan.number} – ${card.plan.title}`])
  sheet.addRow([card.period.label])
  sheet.addRow(header).font = { bold: true }
  for (const row of rows) sheet.addRow(row)
  sheet.getColumn(1).width = 40
  for (let c = 2; c <= header.length; c++) sheet.getColumn(c).width = 24
  return Buffer.from(await book.xlsx.writeBuffer())
}
