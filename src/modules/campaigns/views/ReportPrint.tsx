import type { AdminViewServerProps } from 'payload'
import { notFound } from 'next/navigation'
import React from 'react'

import type { Block } from '@/platform/documents/layout'
import { NATIONAL_MOTTO, NATIONAL_TITLE } from '@/platform/documents/layout'
import { languageOf } from '@/platform/i18n/catalog'
import { slugs } from '@/platform/slugs'
import { dayTimeText } from '@/platform/time'
import { AdminPage } from '@/platform/admin/AdminPage'
import { unitReportDocument } from '@/modules/campaigns/documents/unitReport'
import { periodLabel } from '@/modules/campaigns/domain/periods'
import { translate } from '@/modules/campaigns/i18n'

import { PrintButton } from './PrintButton'

const nameOf = (value: unknown, field: 'name' | 'number' | 'title'): string | null =>
  value && typeof value === 'object' && field in value
    ? String((value as Record<string, unknown>)[field])
    : null

const BlockView: React.FC<{ block: Block }> = ({ block }) => {
  switch (block.kind) {
    case 'heading':
      return <h3 className="report-print__heading">{block.text}</h3>
    case 'paragraph':
      return <p className="report-print__paragraph">{block.text}</p>
    case 'pageBreak':
      return <div className="report-print__page-break" />
    case 'table':
      return (
        <table className="report-print__table">
          <thead>
            <tr>
              {block.header.map((cell, i) => (
                <th key={i} scope="col">
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r} className={/^[A-Z]$/.test(row[0] ?? '') ? 'report-print__group' : ''}>
                {row.map((cell, c) => (
                  <td key={c}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )
  }
}

const css = `
.report-print { max-width: 52rem; margin: 0 auto; padding: var(--base) 0; color: var(--theme-text); }
.report-print__actions { display: flex; gap: 0.75rem; align-items: center; flex-wrap: wrap; margin-bottom: var(--base); }
.report-print__facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0 0 var(--base); padding: 0.75rem; border: 1px solid var(--theme-elevation-150); }
.report-print__facts dt { font-weight: 600; }
.report-print__facts dd { margin: 0; }
.report-print__sheet { font-family: 'Times New Roman', serif; font-size: 14px; line-height: 1.5; }
.report-print__top { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; text-align: center; margin-bottom: 1rem; }
.report-print__top p { margin: 0; }
.report-print__kind { text-align: center; font-weight: 700; margin: 1rem 0 0; font-size: 1.1em; }
.report-print__subject { text-align: center; font-weight: 700; margin: 0 0 1rem; }
.report-print__heading { font-size: 1em; margin: 1rem 0 0.5rem; }
.report-print__paragraph { margin: 0 0 0.5rem; text-align: justify; }
.report-print__table { width: 100%; border-collapse: collapse; margin: 0.5rem 0 1rem; }
.report-print__table th, .report-print__table td { border: 1px solid currentColor; padding: 0.25rem 0.4rem; vertical-align: top; }
.report-print__group td { font-weight: 700; }
.report-print__sign { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; margin-top: 1.5rem; }
.report-print__sign-block { text-align: center; }
.report-print__sign-block p { margin: 0; }
.report-print__page-break { break-after: page; }
@media (max-width: 600px) {
  .report-print__top, .report-print__sign { grid-template-columns: 1fr; }
  .report-print__table { font-size: 12px; }
}
@media print {
  body * { visibility: hidden; }
  .report-print, .report-print * { visibility: visible; }
  .report-print { position: absolute; left: 0; top: 0; width: 100%; max-width: none; padding: 0; color: #000; }
  .report-print__actions, .report-print__facts { display: none; }
  @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
}
`

/**
 * `/admin/reports/:id/print`: a report laid out like the official document it becomes (made by the
 * same assembly as its Word and PDF files), with what the admin knows of it (status, dates) above,
 * and an "In" button. Read as the user: a report outside their reach is not found.
 */
export const ReportPrintView = async (props: AdminViewServerProps) => {
  const { req } = props.initPageResult
  const segments = (props.params?.segments ?? []) as string[]
  const id = segments[1]
  if (!req.user || !id || !/^[0-9a-f]{1,24}$/i.test(id)) notFound()
  const found = await unitReportDocument(req, id).catch(() => null)
  if (!found) notFound()
  const { document, report } = found
  const language = languageOf(req.i18n?.language)
  const text = (key: Parameters<typeof translate>[1]) => translate(language, key)
  const facts: [string, string][] = [
    [text('report.unit'), nameOf(report.unit, 'name') ?? ''],
    [
      text('report.plan'),
      [nameOf(report.plan, 'number'), nameOf(report.plan, 'title') ?? '']
        .filter(Boolean)
        .join(' – '),
    ],
    [text('report.period'), periodLabel({ year: report.year ?? 0, key: report.period }, language)],
    [text('report.window'), report.periodWindow ?? ''],
    [text('report.status'), text(`report.${report.status}`)],
    [text('report.documentNumber'), report.documentNumber ? String(report.documentNumber) : '–'],
    [
      text('report.documentIssuedAt'),
      report.documentIssuedAt ? dayTimeText(report.documentIssuedAt) : '–',
    ],
    [
      text('report.firstSubmittedAt'),
      report.firstSubmittedAt ? dayTimeText(report.firstSubmittedAt) : '–',
    ],
    [text('report.submittedAt'), report.submittedAt ? dayTimeText(report.submittedAt) : '–'],
  ]
  return (
    <AdminPage view={props}>
      <div className="report-print" data-testid="report-print">
        <style>{css}</style>
        <div className="report-print__actions">
          <PrintButton label={text('reportForm.printButton')} />
          <a href={`/admin/collections/${slugs.unitReports}/${report.id}`}>
            {text('reports.singular')}
          </a>
        </div>
        <dl className="report-print__facts" data-testid="report-facts">
          {facts.map(([term, value]) => (
            <React.Fragment key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </React.Fragment>
          ))}
        </dl>
        <article className="report-print__sheet" lang="vi">
          <div className="report-print__top">
            <div>
              {document.parentBody ? <p>{document.parentBody}</p> : null}
              <p>
                <strong>{document.issuingBody}</strong>
              </p>
              <p>{document.numberLine}</p>
            </div>
            <div>
              <p>
                <strong>{NATIONAL_TITLE}</strong>
              </p>
              <p>
                <strong>{NATIONAL_MOTTO}</strong>
              </p>
              <p>
                <em>{document.dateLine}</em>
              </p>
            </div>
          </div>
          <h2 className="report-print__kind">{document.kind}</h2>
          <p className="report-print__subject">{document.subject}</p>
          {document.body.map((block, i) => (
            <BlockView key={i} block={block} />
          ))}
          <div className="report-print__sign">
            <div>
              {document.recipients.map((line, i) => (
                <p key={i}>{line}</p>
              ))}
            </div>
            <div className="report-print__sign-block">
              {document.signature.lines.map((line, i) => (
                <p key={i}>
                  <strong>{line}</strong>
                </p>
              ))}
              <p style={{ marginTop: '3rem' }}>
                <strong>{document.signature.name}</strong>
              </p>
            </div>
          </div>
        </article>
      </div>
    </AdminPage>
  )
}
