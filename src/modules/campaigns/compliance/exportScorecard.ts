import type { Language } from '@/platform/i18n/catalog'
import type { CellValue, Sheet, StyledCell, Table } from '@/platform/spreadsheet'
import type { Cell, IndicatorSummary } from '@/modules/campaigns/domain/engine'
import {
  cellState,
  cellWords,
  stateColours,
  type CellState,
} from '@/modules/campaigns/domain/scorecardReading'
import { translate, type TextKey as MessageKey } from '@/modules/campaigns/i18n'

import type { Scorecard } from './scorecard'

const statusKey: Record<string, MessageKey> = {
  met: 'scorecard.met',
  notMet: 'scorecard.notMet',
  noData: 'scorecard.noData',
}

/** The scorecard as rows: one per unit (and contract), one column per indicator, Vietnamese headers. */
export const scorecardRows = (
  card: Scorecard,
  language: Language,
): { header: string[]; rows: (string | number)[][] } => {
  const tr = (key: MessageKey) => translate(language, key)
  const header = [tr('scorecard.unit'), ...card.indicators.map((i) => i.title)]
  const cell = (subjectId: string, indicatorId: string) => {
    const found = card.cells.find((c) => c.subjectId === subjectId && c.indicatorId === indicatorId)
    return found ? tr(statusKey[found.status]!) : ''
  }
  const rows: (string | number)[][] = card.units.map((u) => [
    `${'  '.repeat(u.depth)}${u.name}`,
    ...card.indicators.map((i) => cell(u.id, i.indicatorId)),
  ])
  for (const indicator of card.indicators) {
    const contract = card.cells.find(
      (c) => c.indicatorId === indicator.indicatorId && c.subjectId.startsWith('contract:'),
    )
    if (contract)
      rows.push([
        `${tr('scorecard.contract')}: ${indicator.title}`,
        ...card.indicators.map((i) =>
          i.indicatorId === indicator.indicatorId ? tr(statusKey[contract.status]!) : '',
        ),
      ])
  }
  rows.push([
    tr('scorecard.share'),
    ...card.indicators.map((i) => (i.share === null ? '' : i.share)),
  ])
  rows.push([tr('scorecard.target'), ...card.indicators.map((i) => i.targetShare)])
  return { header, rows }
}

/** CSV with a BOM so spreadsheet programs read the Vietnamese text as UTF-8. */
/** The scorecard as a table, titled with the plan and the period. */
export const scorecardTable = (card: Scorecard, language: Language): Table => ({
  ...scorecardRows(card, language),
  title: [`${card.plan.number} – ${card.plan.title}`, card.period.window],
})

/** When each unit's report of the period went out, as the caller may read it. */
export type ReportSent = { firstSubmittedAt: Date | null; late: boolean }

/** The numbers behind a cell: what was done, what is required, and (airings) not aired, waiting. */
const figuresOf = (
  cell: Cell,
  tr: (key: MessageKey) => string,
): { done: CellValue; required: CellValue; missed: CellValue; pending: CellValue } => {
  const e = cell.evidence
  switch (e.kind) {
    case 'broadcasts':
      return { done: e.confirmed, required: e.required, missed: e.missed, pending: e.pending }
    case 'content':
      return { done: e.published, required: e.required, missed: null, pending: null }
    case 'figure':
      return {
        done:
          typeof e.value === 'boolean'
            ? tr(e.value ? 'scorecard.words.yes' : 'scorecard.words.no')
            : e.value,
        required: e.threshold,
        missed: null,
        pending: null,
      }
    case 'tasks':
      return { done: e.doneInTime, required: e.due, missed: null, pending: null }
    case 'channels':
      return { done: e.used, required: e.required, missed: null, pending: null }
    case 'quota':
      return {
        done: e.byChannel.reduce((sum, c) => sum + c.confirmed, 0),
        required: e.byChannel.reduce((sum, c) => sum + c.required, 0),
        missed: null,
        pending: null,
      }
  }
}

const ratingState: Record<IndicatorSummary['rating'], CellState> = {
  green: 'met',
  amber: 'halfWay',
  red: 'short',
  none: 'noData',
}

/**
 * The scorecard as a workbook: a summary sheet (one row per indicator: units counted, met, not met,
 * no data, share, target, the rating in words and colour, the period and deadline as dates), then
 * one sheet per indicator (one row per unit: the numbers, the status in words with the view's
 * colours, the cell in words, the report's timeliness and when it was sent).
 */
export const scorecardWorkbook = (
  card: Scorecard,
  language: Language,
  sent: ReadonlyMap<string, ReportSent>,
): Sheet[] => {
  const tr = (key: MessageKey, params?: Record<string, string | number>) =>
    translate(language, key, params)
  const words = (cell: Cell) =>
    cellWords(cell)
      .map((w) => (w.label ? `${tr(w.label)} ` : '') + tr(w.key, w.params))
      .join(' · ')
  const coloured = (state: CellState, text: string): StyledCell => ({
    value: text,
    fill: stateColours[state].background,
    color: stateColours[state].color,
  })
  const title = [
    `${card.plan.number} – ${card.plan.title}`,
    card.period.window,
    card.focus.unitId === null
      ? tr('scorecard.headingAll', { unit: card.focus.name })
      : tr('scorecard.headingUnit', { unit: card.focus.name }),
  ]
  const deadline = card.timeliness.deadline ? new Date(card.timeliness.deadline) : null
  // The period's last minute: its end is the first instant after it.
  const periodEnd = new Date(Date.parse(card.period.end) - 60_000)
  const summary: Sheet = {
    name: tr('scorecard.xlsx.summary'),
    title,
    header: [
      tr('indicators.singular'),
      tr('scorecard.xlsx.inScope'),
      tr('scorecard.met'),
      tr('scorecard.xlsx.notMet'),
      tr('scorecard.noData'),
      `${tr('scorecard.share')} (%)`,
      `${tr('scorecard.target')} (%)`,
      tr('scorecard.xlsx.rating'),
      tr('scorecard.xlsx.periodStart'),
      tr('scorecard.xlsx.periodEnd'),
      tr('scorecard.xlsx.deadline'),
    ],
    rows: card.indicators.map((i) => [
      i.title,
      i.inScope,
      i.met,
      i.notMet,
      i.noData,
      i.share,
      i.targetShare,
      coloured(ratingState[i.rating], tr(`scorecard.rating.${i.rating}`)),
      new Date(card.period.start),
      periodEnd,
      deadline,
    ]),
    widths: [48, 14, 10, 10, 14, 12, 12, 30, 18, 18, 18],
  }
  const levelOf = new Map(card.units.map((u) => [u.id, u.level]))
  const nameOf = new Map(card.units.map((u) => [u.id, u.name]))
  const order = new Map(card.units.map((u, index) => [u.id, index]))
  const perIndicator = card.indicators.map((indicator): Sheet => {
    const cells = card.cells
      .filter(
        (c) =>
          c.indicatorId === indicator.indicatorId &&
          // A contract is the whole plan's: listed when the whole plan is viewed.
          ((c.subjectId.startsWith('contract:') && card.focus.unitId === null) ||
            order.has(c.subjectId)),
      )
      .sort((a, b) => (order.get(a.subjectId) ?? -1) - (order.get(b.subjectId) ?? -1))
    return {
      name: indicator.title,
      title: [...title, indicator.title],
      header: [
        tr('scorecard.unit'),
        tr('scorecard.xlsx.level'),
        tr('scorecard.xlsx.done'),
        tr('scorecard.xlsx.required'),
        tr('scorecard.xlsx.missed'),
        tr('scorecard.xlsx.pending'),
        tr('scorecard.xlsx.status'),
        tr('scorecard.xlsx.words'),
        tr('scorecard.timeliness'),
        tr('scorecard.xlsx.submittedAt'),
        tr('scorecard.xlsx.deadline'),
      ],
      rows: cells.map((cell) => {
        const contract = cell.subjectId.startsWith('contract:')
        const figures = figuresOf(cell, tr)
        const state = cellState(cell)
        const timeliness = contract ? undefined : card.timeliness.byUnit[cell.subjectId]
        const report = contract ? undefined : sent.get(cell.subjectId)
        const level = levelOf.get(cell.subjectId)
        return [
          contract
            ? `${tr('scorecard.contract')}: ${indicator.title}`
            : (nameOf.get(cell.subjectId) ?? cell.subjectId),
          level ? tr(`level.${level}` as MessageKey) : '',
          figures.done,
          figures.required,
          figures.missed,
          figures.pending,
          coloured(state, tr(`scorecard.state.${state}`)),
          words(cell),
          timeliness ? tr(`timeliness.${timeliness}` as MessageKey) : '',
          report?.firstSubmittedAt ?? null,
          contract ? null : deadline,
        ]
      }),
      widths: [40, 22, 12, 12, 12, 14, 30, 36, 20, 18, 18],
    }
  })
  return [summary, ...perIndicator]
}
