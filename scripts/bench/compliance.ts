/**
 * `npm run bench:compliance` — a benchmark, not a test: it prints figures and never fails on them.
 *
 * Builds a generated province on a fresh SQLite file (10,000 units, 20 indicators, a year of about
 * 500,000 broadcast items with their confirmations, quarterly reports), then times, for one quarter:
 *   - loading the scorecard's inputs through the Local API (the code path the app uses),
 *   - computing the whole scorecard (the pure engine),
 *   - one raw aggregate SQL query over the same rows, for comparison,
 *   - opening the scorecard as the app serves it (scorecardFor, then JSON as the endpoint sends it):
 *     cold (nothing kept: buildScorecard loads the year and computes the period and its history) and
 *     warm (the card kept per plan and period), for an admin and for a district's viewer.
 * Goals: compute ≤ 1 s; load + compute ≤ 3× the raw query; a warm open ≤ 300 ms. Generation uses bulk SQL inserts so the
 * benchmark runs in minutes; only the measured paths matter.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

// Native database calls do not always hold the event loop open; without this the top-level awaits
// below can find an empty loop and Node exits with code 13 before the benchmark ends.
const keepAlive = setInterval(() => undefined, 1000)

const UNITS = Number(process.env.BENCH_UNITS ?? 10_000)
const ITEMS = Number(process.env.BENCH_ITEMS ?? 500_000)
const INDICATORS = 20
const YEAR = 2025

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-'))
process.env.DATABASE_URL = `file:${path.join(dir, 'bench.db')}`
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.PAYLOAD_SECRET ??= 'benchmark-secret-0123456789abcdef0123456789'

const { getPayload, createLocalReq } = await import('payload')
const { default: config } = await import('@payload-config')
const { migrationsFor } = await import('@/platform/config/database')
const { resolveDatabase } = await import('@/platform/config/env')
const { loadComplianceInput } = await import('@/modules/campaigns/compliance/scorecard')
const { scorecardFor, scorecardJsonFor, stopWatchingScorecardStamps } =
  await import('@/modules/campaigns/compliance/scorecardCache')
const { unitHistoryFor } = await import('@/modules/campaigns/compliance/unitHistory')
const { computeCompliance } = await import('@/modules/campaigns/domain/engine')
const { formatPeriod, periodRange, quarterOf } = await import('@/modules/campaigns/domain/periods')

type Client = {
  execute: (q: { sql: string; args: unknown[] } | string) => Promise<{ rows: unknown[] }>
  batch: (qs: { sql: string; args: unknown[] }[], mode: 'write') => Promise<unknown>
}

const payload = await getPayload({ config })
await payload.db.migrate({ migrations: migrationsFor(resolveDatabase(process.env)) })
const client = (payload.db as unknown as { client: Client }).client

const time = async <T>(fn: () => Promise<T> | T): Promise<[T, number]> => {
  const start = performance.now()
  const value = await fn()
  return [value, performance.now() - start]
}
const fmt = (ms: number) => `${ms.toLocaleString('vi-VN', { maximumFractionDigits: 0 })} ms`

/** Inserts rows in chunks of multi-row INSERTs inside one transaction. */
const insert = async (table: string, columns: string[], rows: unknown[][]) => {
  const chunk = Math.floor(30_000 / columns.length)
  const statements = []
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk)
    statements.push({
      sql: `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(',')}) VALUES ${part.map(() => `(${columns.map(() => '?').join(',')})`).join(',')}`,
      args: part.flat(),
    })
  }
  for (let i = 0; i < statements.length; i += 4)
    await client.batch(statements.slice(i, i + 4), 'write')
}

// A deterministic generator, so every run builds the same province.
let state = 42
const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648

const [, generateMs] = await time(async () => {
  // Units: the province, 20 departments, communes for the rest.
  const units: unknown[][] = []
  const crumbs: unknown[][] = []
  const lineage = new Map<number, number[]>()
  const add = (id: number, level: string, parent: number | null) => {
    const radio = level === 'commune' && random() < 0.7 ? 1 : 0
    units.push([
      id,
      `Đơn vị ${id}`,
      `U${id}`,
      level,
      parent,
      level !== 'commune' || random() < 0.3 ? `https://u${id}.demo` : null,
      radio,
      random() < 0.9 ? 1 : 0,
      level === 'commune' ? Math.floor(random() * 3) : 0,
    ])
    const chain = [...(parent ? lineage.get(parent)! : []), id]
    lineage.set(id, chain)
    chain.forEach((doc, order) =>
      crumbs.push([
        order + 1,
        id,
        `${id}-${order}`,
        doc,
        chain
          .slice(0, order + 1)
          .map((c) => `U${c}`)
          .join('/'),
        `Đơn vị ${doc}`,
      ]),
    )
  }
  // Two tiers, as local government is since July 2025: departments and communes under the province.
  add(1, 'province', null)
  for (let d = 0; d < 20; d++) add(2 + d, 'department', 1)
  for (let id = 22; id <= UNITS; id++) add(id, 'commune', 1)
  await insert(
    'units',
    [
      'id',
      'name',
      'code',
      'level',
      'parent_id',
      'portal_url',
      'has_radio_station',
      'has_one_stop_desk',
      'post_office_culture_points',
    ],
    units,
  )
  await insert(
    'units_breadcrumbs',
    ['_order', '_parent_id', 'id', 'doc_id', 'url', 'label'],
    crumbs,
  )

  await insert(
    'campaign_plans',
    [
      'id',
      'number',
      'issue_date',
      'year',
      'title',
      'issuing_unit_id',
      'participating_root_id',
      'is_public',
    ],
    [[1, '1/KH-BENCH', `${YEAR}-01-01T00:00:00.000Z`, YEAR, 'Kế hoạch đo hiệu năng', 1, 1, 0]],
  )
  const indicators: unknown[][] = []
  const scopeLevels: unknown[][] = []
  const scopeRequires: unknown[][] = []
  for (let i = 1; i <= INDICATORS; i++) {
    const kind = i <= 10 ? 'broadcastCount' : i <= 16 ? 'reportedFigure' : 'contentCount'
    indicators.push([
      i,
      1,
      `Chỉ tiêu ${i}`,
      i % 5 === 0 ? 30 : 100,
      i,
      kind,
      kind === 'broadcastCount' ? 'communeRadio' : null,
      kind === 'contentCount' ? 'articles' : null,
      kind === 'reportedFigure' ? null : 3 + (i % 4),
      kind === 'reportedFigure' ? (i % 2 ? 'proceduresPostedPct' : 'hasReformSection') : null,
      i % 2 ? 'gte' : 'eq',
      i % 2 ? 100 : 1,
    ])
    scopeLevels.push([
      1,
      i,
      kind === 'broadcastCount' ? 'commune' : i % 3 ? 'commune' : 'department',
      i,
    ])
    if (kind === 'broadcastCount') scopeRequires.push([1, i, 'radioStation', i])
  }
  await insert(
    'target_indicators',
    [
      'id',
      'plan_id',
      'title',
      'target_share',
      'order',
      'rule_kind',
      'channel',
      'content_kind',
      'min_count',
      'figure',
      'comparator',
      'threshold',
    ],
    indicators,
  )
  await insert('target_indicators_scope_levels', ['order', 'parent_id', 'value', 'id'], scopeLevels)
  await insert(
    'target_indicators_scope_requires',
    ['order', 'parent_id', 'value', 'id'],
    scopeRequires,
  )

  // One station per commune with radio; a year of items spread over them, most confirmed.
  const stations = units.filter((u) => u[3] === 'commune' && u[6] === 1).map((u) => u[0] as number)
  await insert(
    'outlets',
    ['id', 'name', 'kind', 'unit_id'],
    stations.map((unit, i) => [i + 1, `Trạm ${unit}`, 'communeStation', unit]),
  )
  const yearStart = Date.UTC(YEAR - 1, 11, 31, 17)
  const yearMs = 365 * 86400_000
  const items: unknown[][] = []
  const airings: unknown[][] = []
  for (let id = 1; id <= ITEMS; id++) {
    const outlet = (id % stations.length) + 1
    const start = new Date(yearStart + Math.floor(random() * yearMs)).toISOString()
    items.push([
      id,
      'Chuyên mục CCHC',
      outlet,
      'communeRadio',
      start,
      15,
      'none',
      stations[outlet - 1],
    ])
    if (random() < 0.8)
      airings.push([id, id, start, 'confirmed', start, stations[outlet - 1], `${id}|${start}`])
  }
  await insert(
    'broadcast_items',
    ['id', 'title', 'outlet_id', 'channel', 'start', 'duration_minutes', 'recurrence', 'unit_id'],
    items,
  )
  await insert(
    'airings',
    ['id', 'item_id', 'occurrence_at', 'status', 'aired_at', 'unit_id', 'key'],
    airings,
  )

  // The per-quarter tallies the app keeps with every item and confirmation, counted here in one pass.
  const confirmedItems = new Set(airings.map((a) => a[1] as number))
  const tallies = new Map<string, unknown[]>()
  for (const item of items) {
    const [id, , outlet, channel, start, , , owner] = item as [
      number,
      string,
      number,
      string,
      string,
      number,
      string,
      number,
    ]
    const quarter = formatPeriod(quarterOf(new Date(start)))
    const key = `${outlet}|${channel}|${quarter}`
    const row = tallies.get(key) ?? [outlet, owner, channel, quarter, 0, 0, 0, key]
    ;(row[4] as number)++
    if (confirmedItems.has(id)) (row[5] as number)++
    tallies.set(key, row)
  }
  await insert(
    'broadcast_tallies',
    ['outlet_id', 'unit_id', 'channel', 'quarter', 'scheduled', 'confirmed', 'missed', 'key'],
    [...tallies.values()],
  )

  const reports: unknown[][] = []
  let reportId = 1
  for (const u of units) {
    if (u[3] === 'province') continue
    for (const period of ['Q1', 'Q2', 'Q3', 'Q4']) {
      reports.push([
        reportId++,
        1,
        u[0],
        period,
        YEAR,
        random() < 0.8 ? 'approved' : 'submitted',
        random() < 0.85 ? 100 : 95,
        random() < 0.8 ? 1 : 0,
        `1|${u[0]}|${YEAR}-${period}`,
        `${YEAR}-04-05T00:00:00.000Z`,
      ])
    }
  }
  await insert(
    'unit_reports',
    [
      'id',
      'plan_id',
      'unit_id',
      'period',
      'year',
      'status',
      'figures_procedures_posted_pct',
      'figures_has_reform_section',
      'key',
      'first_submitted_at',
    ],
    reports,
  )
  console.log(
    `Generated ${units.length.toLocaleString('vi-VN')} units, ${INDICATORS} indicators, ${stations.length.toLocaleString('vi-VN')} stations, ${items.length.toLocaleString('vi-VN')} broadcast items, ${airings.length.toLocaleString('vi-VN')} confirmations, ${reports.length.toLocaleString('vi-VN')} reports`,
  )
})

const req = await createLocalReq({}, payload)
const plan = await payload.findByID({
  collection: 'campaign-plans',
  id: 1,
  depth: 0,
  overrideAccess: true,
})
const quarter = { year: YEAR, key: 'Q2' as const }
const range = periodRange(quarter)

const [input, loadMs] = await time(() =>
  loadComplianceInput(req, plan as never, quarter, new Date(Date.UTC(YEAR + 1, 0, 15))),
)
const computeRuns: number[] = []
let cells = 0
for (let run = 0; run < 3; run++) {
  const [result, ms] = await time(() => computeCompliance(input))
  computeRuns.push(ms)
  cells = result.cells.length
}
const computeMs = [...computeRuns].sort((a, b) => a - b)[1]!

const rawSql = `SELECT i.unit_id, i.channel, COUNT(*) AS confirmed
  FROM airings a JOIN broadcast_items i ON i.id = a.item_id
  WHERE a.status = 'confirmed' AND a.occurrence_at >= ? AND a.occurrence_at < ?
  GROUP BY i.unit_id, i.channel`
const rawRuns: number[] = []
let groups = 0
for (let run = 0; run < 3; run++) {
  const [rows, ms] = await time(() =>
    client.execute({ sql: rawSql, args: [range.start.toISOString(), range.end.toISOString()] }),
  )
  rawRuns.push(ms)
  groups = rows.rows.length
}
const rawMs = [...rawRuns].sort((a, b) => a - b)[1]!

// Opening the scorecard as the app does: through the cache, then serialised as the endpoint answers.
const median = (runs: number[]) => [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)]!
const open = async (user: object) => {
  const asCaller = await createLocalReq(
    { user: { collection: 'users', ...user } as never },
    payload,
  )
  return (await scorecardJsonFor(asCaller, '1', formatPeriod(quarter), null)).byteLength
}
const admin = { id: 1, roles: ['admin'] }
// A leader of one district (id 22, as generated): the card cut to that district's subtree.
const viewer = { id: 2, roles: ['viewer'], unit: 22 }
const [adminBytes, coldMs] = await time(() => open(admin))
const warmRuns: number[] = []
for (let run = 0; run < 5; run++) warmRuns.push((await time(() => open(admin)))[1])
const [viewerBytes] = await time(() => open(viewer))
const viewerRuns: number[] = []
for (let run = 0; run < 5; run++) viewerRuns.push((await time(() => open(viewer)))[1])
const warmMs = median(warmRuns)
const viewerWarmMs = median(viewerRuns)
// The scorecard page drilled into a unit (the district, as its viewer): that unit's shares in the
// year's other quarters and in the previous period, each from its period's kept card. Cold: those
// periods' cards are computed (each loads the year); warm: they are kept.
const historyOf = async () => {
  const asCaller = await createLocalReq(
    { user: { collection: 'users', ...viewer } as never },
    payload,
  )
  const card = await scorecardFor(asCaller, '1', formatPeriod(quarter), '22')
  return (await unitHistoryFor(asCaller, card)).history.length
}
const [historyQuarters, historyColdMs] = await time(historyOf)
const historyRuns: number[] = []
for (let run = 0; run < 5; run++) historyRuns.push((await time(historyOf))[1])
const historyWarmMs = median(historyRuns)
stopWatchingScorecardStamps()

const total = loadMs + computeMs
const quarterItems = (input.tallies ?? []).reduce((sum, t) => sum + t.scheduled, 0)
const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('vi-VN')} KB`
console.log(`
Scorecard of one quarter (${(input.tallies ?? []).length.toLocaleString('vi-VN')} outlet tallies for its ${quarterItems.toLocaleString('vi-VN')} items, ${input.reports.length.toLocaleString('vi-VN')} reports, ${cells.toLocaleString('vi-VN')} cells)
  generate the province          ${fmt(generateMs)}
  load through the Local API     ${fmt(loadMs)}
  compute (median of 3)          ${fmt(computeMs)}   goal ≤ 1 000 ms: ${computeMs <= 1000 ? 'met' : 'NOT met'}
  load + compute                 ${fmt(total)}
  raw aggregate SQL (median of 3) ${fmt(rawMs)} (${groups.toLocaleString('vi-VN')} groups)
  ratio (load + compute) / raw   ${(total / rawMs).toLocaleString('vi-VN', { maximumFractionDigits: 2 })}×   goal ≤ 3×: ${total / rawMs <= 3 ? 'met' : 'NOT met'}

Opening it as the app serves it (the JSON of GET /api/campaign-plans/:id/compliance, through the kept cards)
  cold, admin (year loaded, period and history computed)  ${fmt(coldMs)}   (${kb(adminBytes)} of JSON)
  warm, admin (median of 5)      ${fmt(warmMs)}   goal ≤ 300 ms: ${warmMs <= 300 ? 'met' : 'NOT met'}
  warm, a district's viewer (median of 5, cut to its subtree)  ${fmt(viewerWarmMs)}   (${kb(viewerBytes)})   goal ≤ 300 ms: ${viewerWarmMs <= 300 ? 'met' : 'NOT met'}
  a unit's history on the page (${historyQuarters} quarters + the previous period, drilled into the district)  cold ${fmt(historyColdMs)}, warm (median of 5) ${fmt(historyWarmMs)}
  cold / raw SQL ${(coldMs / rawMs).toLocaleString('vi-VN', { maximumFractionDigits: 2 })}×, warm / raw SQL ${(warmMs / rawMs).toLocaleString('vi-VN', { maximumFractionDigits: 2 })}×
  machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}
`)
await payload.destroy()
fs.rmSync(dir, { recursive: true, force: true })
clearInterval(keepAlive)
process.exit(0)
