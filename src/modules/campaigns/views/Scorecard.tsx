import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { AdminPage } from '@/platform/admin/AdminPage'
import { asUser } from '@/platform/access/asUser'
import { languageOf } from '@/platform/i18n/catalog'
import { slugs } from '@/platform/slugs'
import {
  type Scorecard,
  type ScorecardView as RowsView,
} from '@/modules/campaigns/compliance/scorecard'
import { scorecardFor } from '@/modules/campaigns/compliance/scorecardCache'
import { unitHistoryFor } from '@/modules/campaigns/compliance/unitHistory'
import type { Cell } from '@/modules/campaigns/domain/engine'
import {
  cellState,
  cellStates,
  cellWords,
  changeOf,
  ratingColours,
  stateColours,
  type Change,
} from '@/modules/campaigns/domain/scorecardReading'
import {
  formatPeriod,
  lastFinishedQuarter,
  parsePeriod,
  periodKeys,
  periodLabel,
} from '@/modules/campaigns/domain/periods'
import { translate, type TextKey as MessageKey } from '@/modules/campaigns/i18n'

import { ShareChart } from './ShareChart'
import { dayTimeText } from '@/platform/time'

const cellColor = (cell: Pick<Cell, 'status' | 'progress'> | undefined) =>
  cell ? stateColours[cellState(cell)] : { background: 'transparent', color: 'inherit' }

const ratingColor = ratingColours

/** Where a cell's verdict comes from: the airings, the report or the articles behind it. */
const drillDown = (cell: Cell): string | null => {
  switch (cell.evidence.kind) {
    case 'broadcasts':
      return `/admin/collections/${slugs.broadcastItems}?where[unit][equals]=${cell.subjectId}`
    case 'figure':
    case 'channels':
      return cell.evidence.reportId
        ? `/admin/collections/${slugs.unitReports}/${cell.evidence.reportId}`
        : `/admin/collections/${slugs.unitReports}?where[unit][equals]=${cell.subjectId}`
    case 'content':
      return `/admin/collections/${slugs.articles}?where[unit][equals]=${cell.subjectId}`
    default:
      return null
  }
}

/** A cell in words, in the reader's language: "6/6 buổi · 1 không phát". */
const describe = (
  cell: Cell,
  tr: (k: MessageKey, params?: Record<string, string | number>) => string,
): string =>
  cellWords(cell)
    .map((w) => (w.label ? `${tr(w.label)} ` : '') + tr(w.key, w.params))
    .join(' · ')

const changeText = (
  change: Change,
  tr: (k: MessageKey, params?: Record<string, string | number>) => string,
): string => {
  if (!change) return tr('scorecard.changeNone')
  const points = String(change.points).replace('.', ',')
  if (change.direction === 'up') return `↑ ${tr('scorecard.changeUp', { points })}`
  if (change.direction === 'down') return `↓ ${tr('scorecard.changeDown', { points })}`
  return `= ${tr('scorecard.changeSame')}`
}

/**
 * The scorecard page in the admin (/admin/scorecard?plan=…&period=…): units × indicators coloured
 * against the target, shares per indicator, a chart of shares by quarter, report timeliness, and
 * links to the items and reports behind each cell, and to the XLSX/CSV exports.
 */
export const ScorecardView: React.FC<AdminViewServerProps> = async (props) => {
  const { initPageResult, searchParams } = props
  const { req } = initPageResult
  const language = languageOf(req.i18n?.language)
  const tr = (key: MessageKey, params?: Record<string, string | number>) =>
    translate(language, key, params)
  const { docs: plans } = await asUser(req).find({
    collection: slugs.campaignPlans,
    sort: '-year',
    limit: 50,
    depth: 0,
  })
  const planId =
    (searchParams?.plan as string | undefined) ?? (plans[0] ? String(plans[0].id) : null)
  const periodText =
    (searchParams?.period as string | undefined) ?? formatPeriod(lastFinishedQuarter(new Date()))
  const view: RowsView = searchParams?.view === 'today' ? 'today' : 'then'
  const viewQuery = view === 'today' ? '&view=today' : ''

  const unitFilter = (searchParams?.unit as string | undefined) || null
  let card: Scorecard | null = null
  let problem: string | null = null
  if (planId) {
    try {
      card = await scorecardFor(req, planId, periodText, unitFilter, { view })
    } catch (error) {
      problem = (error as Error).message
    }
  }
  // The unit viewed in the other quarters and the previous period, from the kept cards.
  const others = card ? await unitHistoryFor(req, card) : null
  const history = others?.history ?? []
  const before = others?.previous?.period ?? null
  const beforeShares = others?.previous?.shares ?? null
  // The exports follow the unit viewed.
  const unitQuery = card?.focus.unitId ? `&unit=${card.focus.unitId}` : ''
  const scorecardLink = (unitId: string | null) =>
    `/admin/scorecard?plan=${card?.plan.id ?? planId}&period=${card?.period.key ?? periodText}${viewQuery}${unitId ? `&unit=${unitId}` : ''}`
  // The nightly snapshots of this plan (the last 30 nights), newest first.
  const snapshots = card
    ? (
        await asUser(req).find({
          collection: slugs.complianceSnapshots,
          where: { plan: { equals: card.plan.id } },
          sort: '-day',
          limit: 30,
          depth: 0,
        })
      ).docs
    : []
  const intlLocale = language === 'vi' ? 'vi-VN' : 'en-GB'
  const dayFormat = new Intl.DateTimeFormat(intlLocale, { timeZone: 'UTC' })
  const shareFormat = new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 1 })
  const cellAt = (subjectId: string, indicatorId: string) =>
    card?.cells.find((c) => c.subjectId === subjectId && c.indicatorId === indicatorId)
  // A contract is the whole plan's: its row shows when the whole plan is viewed.
  const contractCells =
    card?.focus.unitId === null ? card.cells.filter((c) => c.subjectId.startsWith('contract:')) : []
  const year = card?.plan.year ?? new Date().getFullYear()

  return (
    <AdminPage view={props}>
      <div className="gutter--left gutter--right scorecard-page" style={{ paddingBottom: 48 }}>
        <h1 data-testid="scorecard-heading">
          {tr('scorecard.title')}
          {card ? `: ${card.focus.name}` : ''}
        </h1>
        <nav style={{ display: 'flex', flexWrap: 'wrap', gap: 8, margin: '8px 0' }}>
          {plans.map((p) => (
            <a
              className={`pill ${String(p.id) === planId ? 'pill--style-dark' : 'pill--style-light'}`}
              href={`/admin/scorecard?plan=${p.id}&period=${periodText}${viewQuery}`}
              key={p.id}
            >
              {p.number}
            </a>
          ))}
        </nav>
        <nav
          aria-label={tr('snapshot.period')}
          style={{ display: 'flex', flexWrap: 'wrap', gap: 8, margin: '8px 0 16px' }}
        >
          {periodKeys.map((key) => {
            const text = `${year}-${key}`
            return (
              <a
                className={`pill ${text === card?.period.key ? 'pill--style-dark' : 'pill--style-light'}`}
                href={`/admin/scorecard?plan=${planId}&period=${text}${viewQuery}`}
                key={key}
              >
                {periodLabel({ year, key }, language)}
              </a>
            )
          })}
        </nav>
        <nav
          aria-label={tr('scorecard.viewThen')}
          className="scorecard-views"
          style={{ display: 'flex', flexWrap: 'wrap', gap: 8, margin: '0 0 8px' }}
        >
          {(['then', 'today'] as const).map((option) => (
            <a
              className={`pill ${option === view ? 'pill--style-dark' : 'pill--style-light'}`}
              data-view={option}
              href={`/admin/scorecard?plan=${planId}&period=${card?.period.key ?? periodText}${option === 'today' ? '&view=today' : ''}`}
              key={option}
            >
              {tr(option === 'then' ? 'scorecard.viewThen' : 'scorecard.viewToday')}
            </a>
          ))}
        </nav>
        <p style={{ fontSize: 12, maxWidth: 900 }}>{tr('scorecard.countingRule')}</p>
        {problem && <p role="alert">{problem}</p>}
        {card && (
          <>
            <h2 style={{ marginBottom: 4 }}>
              {card.plan.number} – {card.plan.title}
            </h2>
            <nav
              aria-label={tr('scorecard.breadcrumb')}
              className="scorecard-breadcrumb"
              style={{ margin: '8px 0' }}
            >
              <ol
                style={{
                  display: 'flex',
                  flexWrap: 'wrap',
                  gap: 6,
                  listStyle: 'none',
                  margin: 0,
                  padding: 0,
                }}
              >
                {card.focus.path.map((crumb, index) => {
                  const last = index === card!.focus.path.length - 1
                  return (
                    <li data-unit={crumb.id} key={crumb.id}>
                      {index > 0 && (
                        <span aria-hidden="true" style={{ marginRight: 6 }}>
                          ›
                        </span>
                      )}
                      {last ? (
                        <strong aria-current="page">{crumb.name}</strong>
                      ) : crumb.reachable ? (
                        <a href={scorecardLink(index === 0 ? null : crumb.id)}>{crumb.name}</a>
                      ) : (
                        <span>{crumb.name}</span>
                      )}
                    </li>
                  )
                })}
              </ol>
            </nav>
            <p data-testid="scorecard-unit" style={{ margin: '4px 0', fontWeight: 600 }}>
              {card.focus.unitId === null
                ? tr('scorecard.headingAll', { unit: card.focus.name })
                : tr('scorecard.headingUnit', { unit: card.focus.name })}
            </p>
            <p data-testid="scorecard-window" style={{ margin: '4px 0', fontWeight: 600 }}>
              {card.period.window}
            </p>
            {(card.timeliness.deadline || card.timeliness.provinceDeadline) && (
              <p data-testid="scorecard-deadlines" style={{ margin: '4px 0', fontSize: 13 }}>
                {[
                  card.timeliness.deadline &&
                    tr('scorecard.unitDeadline', {
                      deadline: dayTimeText(card.timeliness.deadline),
                    }) +
                      (card.timeliness.closesAt &&
                      card.timeliness.closesAt !== card.timeliness.deadline
                        ? tr('scorecard.graceUntil', {
                            closesAt: dayTimeText(card.timeliness.closesAt),
                          })
                        : ''),
                  card.timeliness.provinceDeadline &&
                    tr('scorecard.provinceDeadline', {
                      deadline: dayTimeText(card.timeliness.provinceDeadline),
                    }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            )}
            <p>
              {card.period.label} ·{' '}
              <a
                href={`/api/campaign-plans/${card.plan.id}/compliance/export?format=xlsx&period=${card.period.key}${unitQuery}`}
              >
                XLSX
              </a>{' '}
              ·{' '}
              <a
                href={`/api/campaign-plans/${card.plan.id}/compliance/export?format=csv&period=${card.period.key}${unitQuery}`}
              >
                CSV
              </a>{' '}
              ·{' '}
              <a href={`/api/campaign-plans/${card.plan.id}/compliance?period=${card.period.key}`}>
                JSON
              </a>{' '}
              · {tr('reports.plural')}:{' '}
              <a href={`/api/unit-reports/export?plan=${card.plan.id}&format=xlsx`}>XLSX</a> ·{' '}
              <a href={`/api/unit-reports/export?plan=${card.plan.id}&format=csv`}>CSV</a> ·{' '}
              {tr('scorecard.consolidated')}:{' '}
              <a
                href={`/api/campaign-plans/${card.plan.id}/document?period=${card.period.key}&format=docx`}
              >
                Word
              </a>{' '}
              ·{' '}
              <a
                href={`/api/campaign-plans/${card.plan.id}/document?period=${card.period.key}&format=pdf`}
              >
                PDF
              </a>
            </p>
            <table
              className="scorecard-summary"
              style={{ borderCollapse: 'collapse', margin: '12px 0 24px' }}
            >
              <thead>
                <tr>
                  <th style={{ textAlign: 'left', padding: 6 }}>{tr('indicators.singular')}</th>
                  <th style={{ padding: 6 }}>{tr('scorecard.met')}</th>
                  <th style={{ padding: 6 }}>{tr('scorecard.share')}</th>
                  <th style={{ padding: 6 }}>{tr('scorecard.target')}</th>
                  <th style={{ padding: 6 }}>
                    {tr('scorecard.change', {
                      period: before ? periodLabel(before, language) : '',
                    })}
                  </th>
                </tr>
              </thead>
              <tbody>
                {card.indicators.map((s) => (
                  <tr data-indicator={s.indicatorId} data-rating={s.rating} key={s.indicatorId}>
                    <td style={{ padding: 6 }}>{s.title}</td>
                    <td style={{ padding: 6, textAlign: 'center' }}>
                      {s.met}/{s.inScope}
                    </td>
                    <td
                      style={{
                        padding: 6,
                        textAlign: 'center',
                        color: ratingColor[s.rating],
                        fontWeight: 700,
                      }}
                    >
                      {s.share === null ? '—' : `${String(s.share).replace('.', ',')}%`}
                      <div style={{ fontSize: 11, fontWeight: 400 }}>
                        {tr(`scorecard.rating.${s.rating}`)}
                      </div>
                    </td>
                    <td style={{ padding: 6, textAlign: 'center' }}>{s.targetShare}%</td>
                    <td className="scorecard-change" style={{ padding: 6, textAlign: 'center' }}>
                      {changeText(changeOf(s.share, beforeShares?.[s.indicatorId]), tr)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>

            <section aria-labelledby="scorecard-legend" className="scorecard-legend">
              <h3 id="scorecard-legend" style={{ margin: '0 0 6px' }}>
                {tr('scorecard.legend')}
              </h3>
              <ul
                style={{
                  display: 'flex',
                  flexWrap: 'wrap',
                  gap: '6px 16px',
                  listStyle: 'none',
                  margin: '0 0 16px',
                  padding: 0,
                  fontSize: 13,
                }}
              >
                {cellStates.map((state) => (
                  <li data-state={state} key={state}>
                    <span
                      style={{
                        ...stateColours[state],
                        border: '1px solid var(--theme-elevation-150)',
                        display: 'inline-block',
                        padding: '0 6px',
                        marginRight: 6,
                      }}
                    >
                      {tr(`scorecard.state.${state}`)}
                    </span>
                  </li>
                ))}
                <li data-state="rollup">{tr('scorecard.state.rollup')}</li>
              </ul>
            </section>

            {card.mapped && (
              <div style={{ overflowX: 'auto' }}>
                <p style={{ fontSize: 12 }}>{tr('scorecard.mappedHelp')}</p>
                <table
                  className="scorecard-mapped"
                  style={{ borderCollapse: 'collapse', minWidth: '100%' }}
                >
                  <thead>
                    <tr>
                      <th style={{ textAlign: 'left', padding: 6 }}>{tr('scorecard.unit')}</th>
                      {card.indicators.map((s) => (
                        <th key={s.indicatorId} style={{ padding: 6, fontSize: 12, maxWidth: 180 }}>
                          {s.title}
                        </th>
                      ))}
                      <th style={{ padding: 6, fontSize: 12 }}>{tr('scorecard.timeliness')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {card.mapped.rows.map((row) => (
                      <tr data-unit={row.unitId} key={row.unitId}>
                        <td style={{ padding: '4px 6px', paddingLeft: 6 + row.depth * 16 }}>
                          {row.name}
                          {(row.from.length > 1 || row.from[0] !== row.unitId) && (
                            <div className="mapped-from" style={{ fontSize: 11, opacity: 0.75 }}>
                              {tr('scorecard.mappedFrom', { units: row.fromNames.join(', ') })}
                            </div>
                          )}
                        </td>
                        {card!.indicators.map((s) => {
                          const cell = row.cells.find((c) => c.indicatorId === s.indicatorId)
                          return (
                            <td
                              data-indicator={s.indicatorId}
                              key={s.indicatorId}
                              style={{
                                padding: '4px 6px',
                                textAlign: 'center',
                                fontSize: 12,
                                border: '1px solid var(--theme-elevation-100)',
                                ...(cell
                                  ? cellColor({
                                      status:
                                        cell.met === cell.inScope
                                          ? 'met'
                                          : cell.noData === cell.inScope
                                            ? 'noData'
                                            : 'notMet',
                                      progress: cell.inScope ? cell.met / cell.inScope : 0,
                                    } as Cell)
                                  : {}),
                              }}
                            >
                              {cell
                                ? tr('scorecard.noun.units', {
                                    done: cell.met,
                                    required: cell.inScope,
                                  })
                                : ''}
                            </td>
                          )
                        })}
                        <td style={{ padding: '4px 6px', fontSize: 12 }}>
                          {Object.entries(row.timeliness)
                            .map(([state, n]) => `${tr(`timeliness.${state}` as MessageKey)} ${n}`)
                            .join(' · ')}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {card.mapped.unmapped.length > 0 && (
                  <p style={{ fontSize: 12 }}>
                    {tr('scorecard.unmapped', {
                      units: card.mapped.unmapped.map((u) => u.name).join(', '),
                    })}
                  </p>
                )}
              </div>
            )}

            {!card.mapped && (
              <div style={{ overflowX: 'auto' }}>
                <table
                  className="scorecard-grid"
                  style={{ borderCollapse: 'collapse', minWidth: '100%' }}
                >
                  <thead>
                    <tr>
                      <th
                        style={{
                          textAlign: 'left',
                          padding: 6,
                          position: 'sticky',
                          left: 0,
                          background: 'var(--theme-elevation-0)',
                        }}
                      >
                        {tr('scorecard.unit')}
                      </th>
                      {card.indicators.map((s) => (
                        <th key={s.indicatorId} style={{ padding: 6, fontSize: 12, maxWidth: 180 }}>
                          {s.title}
                        </th>
                      ))}
                      <th style={{ padding: 6, fontSize: 12 }}>{tr('scorecard.timeliness')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {card.units.map((unit) => (
                      <tr key={unit.id}>
                        <td
                          style={{
                            padding: '4px 6px',
                            paddingLeft: 6 + unit.depth * 16,
                            whiteSpace: 'nowrap',
                            position: 'sticky',
                            left: 0,
                            background: 'var(--theme-elevation-0)',
                          }}
                        >
                          <a href={scorecardLink(unit.id)}>{unit.name}</a>
                        </td>
                        {card!.indicators.map((s) => {
                          const cell = cellAt(unit.id, s.indicatorId)
                          const roll = card!.rollups.find(
                            (r) => r.unitId === unit.id && r.indicatorId === s.indicatorId,
                          )
                          const link = cell ? drillDown(cell) : null
                          return (
                            <td
                              data-indicator={s.indicatorId}
                              data-status={cell?.status ?? 'none'}
                              data-unit={unit.id}
                              key={s.indicatorId}
                              style={{
                                padding: '4px 6px',
                                textAlign: 'center',
                                fontSize: 12,
                                border: '1px solid var(--theme-elevation-100)',
                                ...cellColor(cell),
                              }}
                            >
                              {cell ? (
                                link ? (
                                  <a href={link} style={{ color: 'inherit' }}>
                                    {describe(cell, tr)}
                                  </a>
                                ) : (
                                  describe(cell, tr)
                                )
                              ) : roll && roll.inScope > 0 && !cell ? (
                                tr('scorecard.noun.units', {
                                  done: roll.met,
                                  required: roll.inScope,
                                })
                              ) : (
                                ''
                              )}
                            </td>
                          )
                        })}
                        <td style={{ padding: '4px 6px', fontSize: 12 }}>
                          {card!.timeliness.byUnit[unit.id]
                            ? tr(`timeliness.${card!.timeliness.byUnit[unit.id]}` as MessageKey)
                            : ''}
                        </td>
                      </tr>
                    ))}
                    {contractCells.map((cell) => (
                      <tr key={cell.subjectId}>
                        <td style={{ padding: '4px 6px' }}>
                          {tr('scorecard.contract')}:{' '}
                          {card!.indicators.find((s) => s.indicatorId === cell.indicatorId)?.title}
                        </td>
                        {card!.indicators.map((s) => (
                          <td
                            data-indicator={s.indicatorId}
                            data-status={s.indicatorId === cell.indicatorId ? cell.status : 'none'}
                            data-unit={cell.subjectId}
                            key={s.indicatorId}
                            style={{
                              padding: '4px 6px',
                              textAlign: 'center',
                              fontSize: 12,
                              ...(s.indicatorId === cell.indicatorId ? cellColor(cell) : {}),
                            }}
                          >
                            {s.indicatorId === cell.indicatorId ? describe(cell, tr) : ''}
                          </td>
                        ))}
                        <td />
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}

            <h3 style={{ marginTop: 24 }}>
              {card.focus.unitId === null
                ? tr('scorecard.history')
                : tr('scorecard.unitHistory', { unit: card.focus.name })}
            </h3>
            <ShareChart
              history={history}
              indicators={card.indicators}
              label={
                card.focus.unitId === null
                  ? tr('scorecard.history')
                  : tr('scorecard.unitHistory', { unit: card.focus.name })
              }
            />

            <h3 style={{ marginTop: 24 }}>{tr('snapshot.history')}</h3>
            {snapshots.length === 0 ? (
              <p>{tr('snapshot.none')}</p>
            ) : (
              <table className="table" style={{ width: 'auto' }}>
                <thead>
                  <tr>
                    <th>{tr('snapshot.day')}</th>
                    <th>{tr('snapshot.period')}</th>
                    <th>{tr('snapshot.indicatorsMet')}</th>
                    {card.indicators.map((indicator) => (
                      <th key={indicator.indicatorId}>{indicator.title}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {snapshots.map((snapshot) => {
                    const snapshotPeriod = parsePeriod(snapshot.period)
                    const shares = new Map(
                      (
                        (snapshot.indicators ?? []) as {
                          indicatorId: string
                          share: number | null
                        }[]
                      ).map((i) => [i.indicatorId, i.share]),
                    )
                    return (
                      <tr key={snapshot.id}>
                        <td>{dayFormat.format(new Date(`${snapshot.day}T00:00:00Z`))}</td>
                        <td>
                          {snapshotPeriod ? periodLabel(snapshotPeriod, language) : snapshot.period}
                        </td>
                        <td>
                          {snapshot.indicatorsMet ?? 0}/{snapshot.indicatorsTotal ?? 0}
                        </td>
                        {card!.indicators.map((indicator) => {
                          const share = shares.get(indicator.indicatorId)
                          return (
                            <td key={indicator.indicatorId}>
                              {share === null || share === undefined
                                ? '–'
                                : `${shareFormat.format(share)}%`}
                            </td>
                          )
                        })}
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            )}
          </>
        )}
      </div>
    </AdminPage>
  )
}
