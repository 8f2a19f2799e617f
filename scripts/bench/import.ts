/**
 * `npm run bench:import` — a benchmark, not a test: it prints figures and never fails on them.
 *
 * Imports the official list of a generated country into a fresh SQLite file, the way an admin
 * does it from the units list: `POST /api/units/import` with the CSV file (checked as a whole,
 * then queued) and the `importUnits` job writing it in batches, followed to its end through the
 * import record. 10,000 units by default (`BENCH_IMPORT_UNITS`): 34 provinces, their departments,
 * communes of today, and districts and communes of 2024 – June 2025 with their successors named
 * in the predecessor column. Goal: ≤ 20 s for 10,000 units.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

// Native database calls do not always hold the event loop open; without this the top-level awaits
// below can find an empty loop and Node exits with code 13 before the benchmark ends.
const keepAlive = setInterval(() => undefined, 1000)

const UNITS = Number(process.env.BENCH_IMPORT_UNITS ?? 10_000)

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-import-'))
process.env.DATABASE_URL = `file:${path.join(dir, 'bench.db')}`
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.PAYLOAD_SECRET ??= 'benchmark-secret-0123456789abcdef0123456789'

const { getPayload, handleEndpoints } = await import('payload')
const { default: config } = await import('@payload-config')
const { migrationsFor } = await import('@/platform/config/database')
const { resolveDatabase } = await import('@/platform/config/env')

const payload = await getPayload({ config })
await payload.db.migrate({ migrations: migrationsFor(resolveDatabase(process.env)) })
await payload.create({
  collection: 'users',
  data: {
    email: 'bench@cchc.local',
    password: 'Bench@2026-an-toan',
    name: 'Bench',
    roles: ['admin'],
  },
  overrideAccess: true,
})

const rest = async (method: string, url: string, init: { token?: string; body?: BodyInit } = {}) =>
  handleEndpoints({
    config,
    request: new Request(`http://localhost:3000/api${url}`, {
      method,
      body: init.body,
      headers: init.token ? { Authorization: `JWT ${init.token}` } : {},
    }),
  })
const login = (await (
  await handleEndpoints({
    config,
    request: new Request('http://localhost:3000/api/users/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'bench@cchc.local', password: 'Bench@2026-an-toan' }),
    }),
  })
).json()) as { token: string }

// A deterministic country: every run imports the same file.
const SINCE = '01/01/2008'
const rows: string[][] = []
const quote = (value: string) => (/[",;\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)
const provinces = 34
const districts = 5
// Each province: its committee, 15 departments and 5 districts of then; then, province by province
// until the file holds UNITS rows, groups of three communes of then merged into one of today.
for (let p = 1; p <= provinces; p++) {
  const province = `P${String(p).padStart(2, '0')}`
  rows.push([
    `UBND tỉnh ${p}`,
    province,
    'tỉnh',
    '',
    SINCE,
    '',
    String(10 + p),
    '',
    `vp@${province.toLowerCase()}.gov.vn`,
    'có',
  ])
  for (let d = 1; d <= 15; d++)
    rows.push([
      `Sở ${d} tỉnh ${p}`,
      `${province}-S${d}`,
      'sở',
      province,
      SINCE,
      '',
      '',
      '',
      '',
      'không',
    ])
  for (let h = 1; h <= districts; h++)
    rows.push([
      `UBND huyện ${h}`,
      `${province}-H${h}`,
      'huyện',
      province,
      SINCE,
      '30/06/2025',
      '',
      '',
      '',
      'không',
    ])
}
for (let c = 1; rows.length + 4 <= UNITS; c++)
  for (let p = 1; p <= provinces && rows.length + 4 <= UNITS; p++) {
    const province = `P${String(p).padStart(2, '0')}`
    const old = [1, 2, 3].map((k) => `${province}-X${c}-${k}`)
    for (const [k, code] of old.entries())
      rows.push([
        `UBND xã cũ ${c}.${k + 1}`,
        code,
        'xã',
        `${province}-H${(c % districts) + 1}`,
        SINCE,
        '30/06/2025',
        '',
        '',
        '',
        k === 0 ? 'có' : 'không',
      ])
    rows.push([
      `UBND xã ${c}`,
      `${province}-C${c}`,
      c % 7 === 0 ? 'phường' : 'xã',
      province,
      '01/07/2025',
      '',
      String(20000 + p * 300 + c),
      old.join(';'),
      `xa${c}@${province.toLowerCase()}.gov.vn`,
      'có',
    ])
  }
for (let d = 16; rows.length < UNITS; d++)
  rows.push([`Ban ${d} tỉnh 1`, `P01-S${d}`, 'sở', 'P01', SINCE, '', '', '', '', 'không'])
while (rows.length > UNITS) rows.pop()
const header =
  'Tên đơn vị,Mã đơn vị,Cấp,Mã cấp trên,Từ ngày,Đến ngày,Mã ĐVHC,Mã đơn vị tiền thân,Email,Trạm truyền thanh'
const csv = [header, ...rows.map((row) => row.map(quote).join(','))].join('\n')
const upload = () => {
  const form = new FormData()
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'danh-sach.csv')
  return form
}

const fmt = (ms: number) => `${(ms / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} s`
console.log(
  `File: ${rows.length.toLocaleString('vi-VN')} units, ${(csv.length / 1024).toFixed(0)} KiB`,
)

const checkStart = performance.now()
const dry = await rest('POST', '/units/import?dryRun=1', { token: login.token, body: upload() })
const checkMs = performance.now() - checkStart
const checked = (await dry.json()) as { ok: boolean; counts: unknown; problems: unknown[] }
if (!checked.ok)
  throw new Error(
    `the generated file has problems: ${JSON.stringify(checked.problems.slice(0, 5))}`,
  )

const start = performance.now()
const queued = await rest('POST', '/units/import', { token: login.token, body: upload() })
const answered = performance.now() - start
const { importId } = (await queued.json()) as { importId: string }
let record: { status: string; processed: number; total: number; error?: string | null }
let lastShown = -1
for (;;) {
  record = (await payload.findByID({
    collection: 'unit-imports',
    id: importId,
    depth: 0,
    overrideAccess: true,
  })) as typeof record
  if (record.processed !== lastShown && record.processed % 2000 < 500) {
    console.log(`  ${fmt(performance.now() - start)}: ${record.processed}/${record.total} written`)
    lastShown = record.processed
  }
  if (record.status === 'done' || record.status === 'failed') break
  await new Promise((resolve) => setTimeout(resolve, 200))
}
const totalMs = performance.now() - start
const units = (await payload.count({ collection: 'units', overrideAccess: true })).totalDocs
const lineage = (await payload.count({ collection: 'unit-lineage', overrideAccess: true }))
  .totalDocs

console.log(`Check (dry run, ${rows.length.toLocaleString('vi-VN')} rows): ${fmt(checkMs)}`)
console.log(`Answer to the import request (checked and queued): ${fmt(answered)}`)
console.log(
  `Import of ${rows.length.toLocaleString('vi-VN')} units, from the request to the job's end: ${fmt(totalMs)} (${record.status}${record.error ? `: ${record.error}` : ''}) — goal ≤ 20 s: ${totalMs <= 20_000 ? 'met' : 'not met'}`,
)
console.log(
  `Units in the database: ${units.toLocaleString('vi-VN')}, lineage links: ${lineage.toLocaleString('vi-VN')}`,
)

await payload.destroy()
clearInterval(keepAlive)
fs.rmSync(dir, { recursive: true, force: true })
