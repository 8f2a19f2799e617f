import type { MessageKey } from '@/modules/campaigns/messages'

import { rate, type Cell, type IndicatorSummary } from './engine'
import { shiftQuarter, type Period } from './periods'
import type { BroadcastChannel } from './vocabulary'

/**
 * How a scorecard reads to a person: the state of a cell (the colour the view and the XLSX give
 * it), the cell in words ("6/6 buổi · 1 không phát"), the summary of the unit being viewed, and the
 * change from the previous period. Pure: the view and the exports translate the keys returned.
 */

/** A cell's state: met (green), at least half way (amber), under half (red), no data (grey). */
export type CellState = 'met' | 'halfWay' | 'short' | 'noData'
export const cellStates: readonly CellState[] = ['met', 'halfWay', 'short', 'noData']

export const cellState = (cell: Pick<Cell, 'status' | 'progress'>): CellState =>
  cell.status === 'met'
    ? 'met'
    : cell.status === 'noData'
      ? 'noData'
      : cell.progress >= 0.5
        ? 'halfWay'
        : 'short'

/**
 * The colours of each state, the same in the admin and in the spreadsheet: the text colour on its
 * background meets WCAG AA (contrast ≥ 4.5:1 for small text).
 */
export const stateColours: Record<CellState, { background: string; color: string }> = {
  met: { background: '#dafbe1', color: '#116329' },
  halfWay: { background: '#fff8c5', color: '#6c4400' },
  short: { background: '#ffebe9', color: '#a40e26' },
  noData: { background: '#eaeef2', color: '#424a53' },
}

/** Text colours of an indicator's rating (on a white page, AA). */
export const ratingColours: Record<IndicatorSummary['rating'], string> = {
  green: '#116329',
  amber: '#7d4e00',
  red: '#a40e26',
  none: '#424a53',
}

/** One part of a cell's words: a message key and its parameters, after a label if any ("Phát thanh"). */
export type Words = {
  key: MessageKey
  params?: Record<string, string | number>
  label?: MessageKey
}

/** What a broadcast on a channel is counted in: segments on air, articles in print, posts online. */
export const broadcastNoun = (channel: BroadcastChannel | undefined): MessageKey => {
  switch (channel) {
    case 'press':
      return 'scorecard.noun.articles'
    case 'online':
    case 'social':
      return 'scorecard.noun.posts'
    default:
      return 'scorecard.noun.segments'
  }
}

const decimal = (value: number): string => String(value).replace('.', ',')

/**
 * A cell in words, one part per fact: "6/6 buổi", "1 không phát", "2 chờ xác nhận". The numbers are
 * the ones the engine counted; the noun follows what the indicator counts.
 */
export const cellWords = (cell: Pick<Cell, 'evidence'>): Words[] => {
  const e = cell.evidence
  switch (e.kind) {
    case 'broadcasts': {
      const parts: Words[] = [
        {
          key: broadcastNoun(e.channel),
          params: { done: e.confirmed, required: e.required },
        },
      ]
      if (e.missed) parts.push({ key: 'scorecard.words.missed', params: { count: e.missed } })
      if (e.pending) parts.push({ key: 'scorecard.words.pending', params: { count: e.pending } })
      return parts
    }
    case 'content':
      return [
        {
          key: e.content === 'faqs' ? 'scorecard.noun.faqs' : 'scorecard.noun.articles',
          params: { done: e.published, required: e.required },
        },
      ]
    case 'figure': {
      if (e.value === null) return [{ key: 'scorecard.noData' }]
      const comparator = e.comparator === 'lte' ? '≤' : e.comparator === 'eq' ? '=' : ('≥' as const)
      if (typeof e.value === 'boolean')
        return [{ key: e.value ? 'scorecard.words.yes' : 'scorecard.words.no' }]
      return [
        {
          key: 'scorecard.words.figure',
          params: { value: decimal(e.value), comparator, threshold: decimal(e.threshold) },
        },
      ]
    }
    case 'quota':
      return e.byChannel.map((c) => ({
        key: broadcastNoun(c.channel),
        params: { done: c.confirmed, required: c.required },
        label: `channel.${c.channel}` as const,
      }))
    case 'tasks':
      return e.due === 0
        ? [{ key: 'scorecard.noData' }]
        : [{ key: 'scorecard.noun.tasks', params: { done: e.doneInTime, required: e.due } }]
    case 'channels':
      return [{ key: 'scorecard.noun.channels', params: { done: e.used, required: e.required } }]
  }
}

/**
 * Each indicator's figures over the units being viewed (a unit and the units under it): the same
 * counts and rating the engine gives the whole plan, from the cells of those units only. A
 * contract's cell belongs to the whole plan, so it counts only when the whole plan is viewed.
 */
export const summaryOver = (
  indicators: IndicatorSummary[],
  cells: Cell[],
  unitIds: ReadonlySet<string>,
): IndicatorSummary[] =>
  indicators.map((indicator) => {
    const subjects = cells.filter(
      (c) => c.indicatorId === indicator.indicatorId && unitIds.has(c.subjectId),
    )
    const met = subjects.filter((c) => c.status === 'met').length
    const noData = subjects.filter((c) => c.status === 'noData').length
    const share = subjects.length === 0 ? null : Math.round((met / subjects.length) * 1000) / 10
    return {
      ...indicator,
      inScope: subjects.length,
      met,
      notMet: subjects.length - met - noData,
      noData,
      share,
      achieved: share !== null && share >= indicator.targetShare,
      rating: rate(share, indicator.targetShare),
    }
  })

/**
 * The period before: the quarter before a quarter (Q1 → the year before's Q4), the same half-year,
 * nine months or year of the year before.
 */
export const previousPeriod = (period: Period): Period =>
  /^Q[1-4]$/.test(period.key)
    ? shiftQuarter(period, -1)
    : { year: period.year - 1, key: period.key }

/** The change of a share (percentage points) from the previous period: up, down, same, or unknown. */
export type Change = { direction: 'up' | 'down' | 'same'; points: number } | null

export const changeOf = (now: number | null, before: number | null | undefined): Change => {
  if (now === null || before === null || before === undefined) return null
  const points = Math.round((now - before) * 10) / 10
  return { direction: points > 0 ? 'up' : points < 0 ? 'down' : 'same', points: Math.abs(points) }
}
