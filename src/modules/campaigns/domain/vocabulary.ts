/**
 * The words plans are written in: outreach channels broadcast items use, and the figures units
 * report each period (DOMAIN.md). Plans pick from these; labels live in the i18n catalogue.
 */
export const broadcastChannels = [
  'radio',
  'tv',
  'press',
  'communeRadio',
  'online',
  'social',
] as const
export type BroadcastChannel = (typeof broadcastChannels)[number]

export const isBroadcastChannel = (value: string): value is BroadcastChannel =>
  (broadcastChannels as readonly string[]).includes(value)

export type FigureKind = 'count' | 'percent' | 'boolean' | 'score' | 'rank'

export const reportFigures = {
  proceduresPublished: 'count',
  proceduresNew: 'count',
  proceduresAmended: 'count',
  proceduresAbolished: 'count',
  proceduresPostedPct: 'percent',
  feedbackReceived: 'count',
  feedbackHandled: 'count',
  dossiersEarlyPct: 'percent',
  dossiersOnTimePct: 'percent',
  dossiersLatePct: 'percent',
  onlineServicesOffered: 'count',
  onlineServicesIntegrated: 'count',
  onlinePaymentPct: 'percent',
  sipasScore: 'percent',
  parIndexScore: 'score',
  parIndexRank: 'rank',
  hasReformSection: 'boolean',
  inspected: 'boolean',
} as const satisfies Record<string, FigureKind>

export type FigureKey = keyof typeof reportFigures
export const figureKeys = Object.keys(reportFigures) as FigureKey[]

export type FigureProblem = 'percentRange' | 'negative' | 'notWhole' | 'notBoolean'

/** Checks one reported value: percentages within 0–100, counts and ranks whole and not negative. */
export const checkFigure = (key: FigureKey, value: unknown): FigureProblem | null => {
  if (value === null || value === undefined || value === '') return null
  const kind = reportFigures[key]
  if (kind === 'boolean') return typeof value === 'boolean' ? null : 'notBoolean'
  if (typeof value !== 'number' || Number.isNaN(value)) return 'negative'
  if (value < 0) return 'negative'
  if (kind === 'percent' && value > 100) return 'percentRange'
  if ((kind === 'count' || kind === 'rank') && !Number.isInteger(value)) return 'notWhole'
  return null
}
