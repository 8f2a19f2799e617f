import { escapeHtml as escapeXml } from '@/platform/text/html'

/** One bar: a plan's share of units meeting their quotas, against its target. */
export type Bar = { label: string; value: number | null; target?: number | null }

const colour = (value: number | null, target: number): string =>
  value === null
    ? '#9ca3af'
    : value >= target
      ? '#15803d'
      : value >= target * 0.8
        ? '#d97706'
        : '#b91c1c'

const clip = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text

/**
 * A small horizontal bar chart (0–100 %) as SVG, drawn for mail clients that show images but not
 * scripts: one row per bar with its label, a coloured bar (green at or over target, amber within
 * 80 % of it, red under) and the value. Labels are escaped.
 */
export const barChartSvg = (
  bars: Bar[],
  { width = 560, title = '' }: { width?: number; title?: string } = {},
): string => {
  const rowHeight = 28
  const top = title ? 30 : 8
  const labelWidth = 220
  const barWidth = width - labelWidth - 60
  const height = top + bars.length * rowHeight + 8
  const rows = bars.map((bar, index) => {
    const y = top + index * rowHeight
    const value = bar.value === null ? null : Math.max(0, Math.min(100, bar.value))
    const target = bar.target ?? 100
    const length = value === null ? 0 : Math.round((value / 100) * barWidth)
    const targetX = labelWidth + Math.round((Math.max(0, Math.min(100, target)) / 100) * barWidth)
    return [
      `<text x="${labelWidth - 8}" y="${y + 18}" text-anchor="end" font-size="13" fill="#111827">${escapeXml(clip(bar.label, 32))}</text>`,
      `<rect x="${labelWidth}" y="${y + 5}" width="${barWidth}" height="18" fill="#f3f4f6"/>`,
      `<rect x="${labelWidth}" y="${y + 5}" width="${length}" height="18" fill="${colour(value, target)}"/>`,
      `<line x1="${targetX}" x2="${targetX}" y1="${y + 2}" y2="${y + 26}" stroke="#111827" stroke-dasharray="3,2"/>`,
      `<text x="${labelWidth + barWidth + 6}" y="${y + 18}" font-size="13" fill="#111827">${value === null ? '–' : `${Math.round(value)}%`}</text>`,
    ].join('')
  })
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<g font-family="Noto Sans, DejaVu Sans, Arial, sans-serif">`,
    title
      ? `<text x="8" y="20" font-size="14" font-weight="bold" fill="#111827">${escapeXml(title)}</text>`
      : '',
    ...rows,
    '</g></svg>',
  ].join('')
}
