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

export type FigureProblem = 'percentRange' | 'negative' | 'notWhole' | 'notBoolean' | 'tooLarge'

/**
 * The range each kind of figure can take. Counts are a unit's procedures, feedback or services in
 * one period: a million is far above any province's and still catches a slipped key ("1e20");
 * scores are out of 100; ranks run over at most a hundred provinces or ministries.
 */
export const figureRanges: Record<Exclude<FigureKind, 'boolean'>, { min: number; max: number }> = {
  count: { min: 0, max: 1_000_000 },
  percent: { min: 0, max: 100 },
  score: { min: 0, max: 100 },
  rank: { min: 1, max: 100 },
}

/** Checks one reported value: within its kind's range, and whole where it counts or ranks. */
export const checkFigure = (key: FigureKey, value: unknown): FigureProblem | null => {
  if (value === null || value === undefined || value === '') return null
  const kind = reportFigures[key]
  if (kind === 'boolean') return typeof value === 'boolean' ? null : 'notBoolean'
  if (typeof value !== 'number' || Number.isNaN(value)) return 'negative'
  const range = figureRanges[kind]
  if (value < Math.min(range.min, 0) || (kind !== 'rank' && value < range.min)) return 'negative'
  if (kind === 'percent' && value > 100) return 'percentRange'
  if (value > range.max) return 'tooLarge'
  if ((kind === 'count' || kind === 'rank') && !Number.isInteger(value)) return 'notWhole'
  return null
}

/** The shares of dossiers settled early, on time and late: they split the same dossiers. */
export const dossierShareKeys = [
  'dossiersEarlyPct',
  'dossiersOnTimePct',
  'dossiersLatePct',
] as const

/** How far the three shares may sum from 100 when each was rounded to one decimal. */
export const DOSSIER_SHARES_TOLERANCE = 0.5

/**
 * The sum of the dossier shares when it cannot be right: over 100 (with what is given), or, with all
 * three given, off 100 by more than rounding. Null when the shares fit together.
 */
export const dossierSharesProblem = (
  figures: Partial<Record<FigureKey, unknown>>,
): { sum: number } | null => {
  const given = dossierShareKeys
    .map((key) => figures[key])
    .filter((value): value is number => typeof value === 'number' && Number.isFinite(value))
  if (given.length === 0) return null
  const sum = Math.round(given.reduce((total, value) => total + value, 0) * 100) / 100
  if (sum > 100 + DOSSIER_SHARES_TOLERANCE) return { sum }
  if (given.length === dossierShareKeys.length && sum < 100 - DOSSIER_SHARES_TOLERANCE)
    return { sum }
  return null
}
