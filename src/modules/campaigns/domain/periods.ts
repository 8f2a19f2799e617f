import { TZDate } from '@date-fns/tz'

import { TIME_ZONE, type Range } from '@/platform/time'

export { inRange, type Range } from '@/platform/time'

/** Reporting periods: quarters I–IV, the half-year, nine months and the year. */
export const periodKeys = ['Q1', 'Q2', 'Q3', 'Q4', 'H1', '9M', 'Y'] as const
export type PeriodKey = (typeof periodKeys)[number]
export type Period = { year: number; key: PeriodKey }

/** First month (0-based) and number of months of each period. */
const shape: Record<PeriodKey, [number, number]> = {
  Q1: [0, 3],
  Q2: [3, 3],
  Q3: [6, 3],
  Q4: [9, 3],
  H1: [0, 6],
  '9M': [0, 9],
  Y: [0, 12],
}

export const isPeriodKey = (value: unknown): value is PeriodKey =>
  typeof value === 'string' && (periodKeys as readonly string[]).includes(value)

/** "2026-Q1", "2026-H1", "2026-9M", "2026-Y" → a period; anything else → null. */
export const parsePeriod = (text: string | null | undefined): Period | null => {
  const match = /^(\d{4})-(Q[1-4]|H1|9M|Y)$/.exec((text ?? '').trim().toUpperCase())
  if (!match) return null
  return { year: Number(match[1]), key: match[2] as PeriodKey }
}

export const formatPeriod = (period: Period): string => `${period.year}-${period.key}`

/** The instants a period covers, from local midnight on its first day to local midnight after its last. */
export const periodRange = (period: Period, timeZone = TIME_ZONE): Range => {
  const [firstMonth, months] = shape[period.key]
  return {
    start: new Date(new TZDate(period.year, firstMonth, 1, timeZone).getTime()),
    end: new Date(new TZDate(period.year, firstMonth + months, 1, timeZone).getTime()),
  }
}

/** The quarters a period is made of (a quarter is made of itself). */
export const quartersOf = (period: Period): Period[] => {
  const [firstMonth, months] = shape[period.key]
  const quarters: Period[] = []
  for (let m = firstMonth; m < firstMonth + months; m += 3)
    quarters.push({ year: period.year, key: `Q${m / 3 + 1}` as PeriodKey })
  return quarters
}

/** The quarter an instant falls in, on the local clock. */
export const quarterOf = (instant: Date, timeZone = TIME_ZONE): Period => {
  const local = new TZDate(instant.getTime(), timeZone)
  return { year: local.getFullYear(), key: `Q${Math.floor(local.getMonth() / 3) + 1}` as PeriodKey }
}

/** The most recent quarter that has ended: what a scorecard shows first. */
export const lastFinishedQuarter = (now: Date, timeZone = TIME_ZONE): Period =>
  quarterOf(new Date(periodRange(quarterOf(now, timeZone), timeZone).start.getTime() - 1), timeZone)

/** The quarter before or after a quarter. */
export const shiftQuarter = (quarter: Period, by: number): Period => {
  const index = quarter.year * 4 + Number(quarter.key[1]) - 1 + by
  return { year: Math.floor(index / 4), key: `Q${(index % 4) + 1}` as PeriodKey }
}

const roman = ['I', 'II', 'III', 'IV']

/** How people name a period: "Quý I/2026", "6 tháng đầu năm 2026"… */
export const periodLabel = (period: Period, language: 'vi' | 'en' = 'vi'): string => {
  if (period.key.startsWith('Q')) {
    const n = Number(period.key[1])
    return language === 'vi' ? `Quý ${roman[n - 1]}/${period.year}` : `Q${n} ${period.year}`
  }
  const names = {
    H1: ['6 tháng đầu năm', 'First half of'],
    '9M': ['9 tháng năm', 'Nine months of'],
    Y: ['Năm', 'Year'],
  } as const
  const [vi, en] = names[period.key as 'H1' | '9M' | 'Y']
  return `${language === 'vi' ? vi : en} ${period.year}`
}
