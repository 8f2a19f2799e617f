import type { PayloadRequest } from 'payload'
import { asUser } from '@/platform/access/asUser'
import { slugs } from '@/platform/slugs'
import { periodLabel, type PeriodKey } from '@/modules/campaigns/domain/periods'
import { figureKeys, reportFigures } from '@/modules/campaigns/domain/vocabulary'
import { translate, type TextKey as MessageKey } from '@/modules/campaigns/i18n'
import type { Language } from '@/platform/i18n/catalog'
import type { Table } from '@/platform/spreadsheet'

/** The reports the caller may read, for a plan (and optionally a period), one row each. */
export const reportsTable = async (
  req: PayloadRequest,
  planId: string,
  period: string | null,
  language: Language,
): Promise<Table> => {
  const tr = (key: MessageKey) => translate(language, key)
  const { docs } = await asUser(req).find({
    collection: slugs.unitReports,
    where: {
      and: [{ plan: { equals: planId } }, ...(period ? [{ period: { equals: period } }] : [])],
    },
    pagination: false,
    depth: 1,
    sort: 'period',
  })
  const header = [
    tr('report.unit'),
    tr('report.period'),
    tr('report.status'),
    tr('report.firstSubmittedAt'),
    tr('report.late'),
    tr('report.window'),
    ...figureKeys.map((k) => tr(`figure.${k}`)),
  ]
  const rows = docs.map((r) => {
    const figures = (r.figures ?? {}) as Record<string, number | boolean | null | undefined>
    return [
      typeof r.unit === 'object' && r.unit ? r.unit.name : String(r.unit),
      periodLabel({ year: r.year ?? 0, key: r.period as PeriodKey }, language),
      tr(`report.${r.status}` as MessageKey),
      // A real instant: a date cell in XLSX, "07/04/2026 17:00" (Vietnam time) in CSV.
      r.firstSubmittedAt ? new Date(r.firstSubmittedAt) : null,
      // Only a report that went out can be late.
      r.firstSubmittedAt ? tr(r.late ? 'report.lateYes' : 'report.lateNo') : '',
      r.periodWindow ?? '',
      ...figureKeys.map((k) => {
        const value = figures[k]
        if (value === null || value === undefined) return ''
        if (reportFigures[k] === 'boolean') return tr(value ? 'scorecard.met' : 'scorecard.notMet')
        return value as number
      }),
    ]
  })
  return { header, rows }
}
