import type { Range } from '@/platform/time'

import { isPeriodKey, periodKeys, type Period, type PeriodKey } from './periods'
import { figureKeys, type FigureKey } from './vocabulary'

/**
 * What the unit report form shows a reporter: the figures the plan needs first, grouped by kind and
 * marked required where the plan requires them; the rest behind a disclosure. And which period a
 * new report is most likely for.
 */
export const figureGroupKeys = [
  'procedures',
  'feedback',
  'dossiers',
  'online',
  'indices',
  'portal',
] as const
export type FigureGroupKey = (typeof figureGroupKeys)[number]

/** The kind of work each figure counts: the group the form and the printable report show it under. */
export const figureGroupOf: Record<FigureKey, FigureGroupKey> = {
  proceduresPublished: 'procedures',
  proceduresNew: 'procedures',
  proceduresAmended: 'procedures',
  proceduresAbolished: 'procedures',
  proceduresPostedPct: 'procedures',
  feedbackReceived: 'feedback',
  feedbackHandled: 'feedback',
  dossiersEarlyPct: 'dossiers',
  dossiersOnTimePct: 'dossiers',
  dossiersLatePct: 'dossiers',
  onlineServicesOffered: 'online',
  onlineServicesIntegrated: 'online',
  onlinePaymentPct: 'online',
  sipasScore: 'indices',
  parIndexScore: 'indices',
  parIndexRank: 'indices',
  hasReformSection: 'portal',
  inspected: 'portal',
}

const isFigureKey = (value: unknown): value is FigureKey =>
  typeof value === 'string' && (figureKeys as readonly string[]).includes(value)

export type PlanFigures = {
  /** Figures the plan requires: a report cannot be submitted without them (the server checks). */
  required: FigureKey[]
  /** Figures the plan reads (required, or read by one of its indicators), in the vocabulary's order. */
  needed: FigureKey[]
  /** Every other figure: still reportable, behind "Thêm số liệu khác". */
  rest: FigureKey[]
}

/**
 * Which figures a plan needs from a report: those it requires and those its reported-figure
 * indicators read. Unknown names are ignored; the order is the vocabulary's.
 */
export const planFigures = (
  requiredFigures: readonly unknown[] | null | undefined,
  indicatorFigures: readonly unknown[] | null | undefined,
): PlanFigures => {
  const required = new Set((requiredFigures ?? []).filter(isFigureKey))
  const needed = new Set([...required, ...(indicatorFigures ?? []).filter(isFigureKey)])
  return {
    required: figureKeys.filter((key) => required.has(key)),
    needed: figureKeys.filter((key) => needed.has(key)),
    rest: figureKeys.filter((key) => !needed.has(key)),
  }
}

/** Figures in their groups, the groups in a fixed order, empty groups left out. */
export const groupFigures = (
  keys: readonly FigureKey[],
): { group: FigureGroupKey; keys: FigureKey[] }[] =>
  figureGroupKeys
    .map((group) => ({
      group,
      keys: figureKeys.filter((key) => keys.includes(key) && figureGroupOf[key] === group),
    }))
    .filter((entry) => entry.keys.length > 0)

/** Whether a figure holds a value (an unticked box counts as none: it is the form's default). */
export const hasFigureValue = (value: unknown): boolean =>
  value !== null && value !== undefined && value !== '' && value !== false

export type PeriodDue = {
  key: PeriodKey
  /** The instants the period's figures cover. */
  window: Range
  /** Until when a report of the period is still taken (deadline and grace), if the plan sets one. */
  closesAt: Date | null
}

/**
 * The next period a unit should report for: the earliest (by the end of its window) whose report
 * is not yet sent and that is still open — its window has not ended, or its deadline and grace have
 * not passed. Null when every period is sent or over.
 */
export const nextPeriodDue = (
  periods: readonly PeriodDue[],
  sent: ReadonlySet<string>,
  now: Date,
): PeriodKey | null => {
  const open = periods
    .filter((p) => !sent.has(p.key))
    .filter((p) => now < p.window.end || (p.closesAt !== null && now <= p.closesAt))
    .sort(
      (a, b) =>
        a.window.end.getTime() - b.window.end.getTime() ||
        periodKeys.indexOf(a.key) - periodKeys.indexOf(b.key),
    )
  return open[0]?.key ?? null
}

/** The periods a plan collects reports for: those it sets deadlines for, else the four quarters. */
export const planPeriods = (
  year: number,
  deadlines: readonly { period?: string | null }[] | null | undefined,
): Period[] => {
  const keys = [...new Set((deadlines ?? []).map((row) => row.period).filter(isPeriodKey))]
  return (keys.length > 0 ? keys : (['Q1', 'Q2', 'Q3', 'Q4'] as const)).map((key) => ({
    year,
    key,
  }))
}
