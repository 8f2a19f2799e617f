import { translate, type TextKey as MessageKey } from '@/modules/campaigns/i18n'
import type { Language } from '@/platform/i18n/catalog'
import type { Scorecard } from './scorecard'
import type { Table } from '@/platform/spreadsheet'

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
