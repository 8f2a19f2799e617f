import React from 'react'

const palette = [
  '#0969da',
  '#1a7f37',
  '#bf3989',
  '#9a6700',
  '#8250df',
  '#cf222e',
  '#0a7ea4',
  '#57606a',
]

/** A small line chart of the share met per quarter, one line per indicator (plain SVG, no scripts). */
export const ShareChart: React.FC<{
  history: { label: string; shares: Record<string, number | null> }[]
  indicators: { indicatorId: string; title: string }[]
  /** What a screen reader says the chart is (in the admin's language). */
  label: string
}> = ({ history, indicators, label }) => {
  const width = 640
  const height = 220
  const left = 40
  const bottom = 30
  const x = (i: number) =>
    left +
    (history.length <= 1 ? (width - left) / 2 : (i * (width - left - 20)) / (history.length - 1))
  const y = (share: number) => 10 + ((100 - share) * (height - bottom - 10)) / 100
  return (
    <figure style={{ margin: 0 }}>
      <svg
        aria-label={label}
        height={height}
        role="img"
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
      >
        {[0, 25, 50, 75, 100].map((v) => (
          <g key={v}>
            <line stroke="#d0d7de" x1={left} x2={width} y1={y(v)} y2={y(v)} />
            <text fontSize="10" textAnchor="end" x={left - 4} y={y(v) + 3}>
              {v}%
            </text>
          </g>
        ))}
        {history.map((h, i) => (
          <text fontSize="11" key={h.label} textAnchor="middle" x={x(i)} y={height - 8}>
            {h.label}
          </text>
        ))}
        {indicators.map((indicator, n) => {
          const points = history
            .map((h, i) => ({ i, share: h.shares[indicator.indicatorId] }))
            .filter((p): p is { i: number; share: number } => typeof p.share === 'number')
          const color = palette[n % palette.length]
          return (
            <g key={indicator.indicatorId}>
              <polyline
                fill="none"
                points={points.map((p) => `${x(p.i)},${y(p.share)}`).join(' ')}
                stroke={color}
                strokeWidth="2"
              />
              {points.map((p) => (
                <circle cx={x(p.i)} cy={y(p.share)} fill={color} key={p.i} r="3" />
              ))}
            </g>
          )
        })}
      </svg>
      <figcaption style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 16px', fontSize: 12 }}>
        {indicators.map((indicator, n) => (
          <span key={indicator.indicatorId}>
            <span style={{ color: palette[n % palette.length] }}>■</span> {indicator.title}
          </span>
        ))}
      </figcaption>
    </figure>
  )
}
