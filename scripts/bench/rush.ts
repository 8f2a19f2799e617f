/**
 * `npm run bench:rush` — a benchmark, not a test: it prints figures and never fails on them.
 *
 * The deadline rush: BENCH_REPORTERS (64) unit reporters at once, each logged in, confirm their
 * station's airings (`POST /api/broadcast-items/:id/confirm`) and fill in and submit their quarter's
 * report (`POST`, `PATCH /api/unit-reports`) through the REST API of the production server (as `npm
 * start` serves it, scheduler off) on SQLite, for BENCH_SECONDS (30). Then the same inserts straight
 * through the database driver (@libsql/client, 64 at once, as long), for comparison. Prints
 * confirmations per second, p50/p99 and errors of both, and checks that every confirmation and report
 * the server acknowledged is stored (no lost writes) and that the tallies count them.
 * Goals: no errors; p99 ≤ 1 s. Everything runs on 127.0.0.1 and stops by itself.
 */
import { createClient } from '@libsql/client'
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { build, isBuildCurrent } from '../build'

// Native database calls do not always hold the event loop open; without this the top-level awaits
// below can find an empty loop and Node exits with code 13 before the benchmark ends.
const keepAlive = setInterval(() => undefined, 1000)

const REPORTERS = Number(process.env.BENCH_REPORTERS ?? 64)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30)
const PASSWORD = 'BaoCao@Rush2026'

const root = process.cwd()
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-rush-'))
const dbFile = path.join(dir, 'bench.db')
const dbEnv = {
  DATABASE_URL: `file:${dbFile}`,
  MEDIA_DIR: path.join(dir, 'media'),
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'benchmark-secret-0123456789abcdef0123456789',
}

const children: ChildProcess[] = []
const cleanUp = () => {
  for (const child of children) if (child.exitCode === null && child.pid) child.kill('SIGTERM')
}
process.on('exit', cleanUp)

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })

const runProcess = (args: string[], env: Record<string, string>, timeoutMs: number) =>
  new Promise<string>((resolve) => {
    let log = ''
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, ...env, NODE_OPTIONS: '--no-deprecation' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    children.push(child)
    child.stdout.on('data', (chunk) => (log += chunk))
    child.stderr.on('data', (chunk) => (log += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('exit', () => {
      clearTimeout(timer)
      resolve(log)
    })
  })

// 1. The production build the server runs.
if (!isBuildCurrent()) {
  console.log('» The production build is missing or older than the sources: building it…')
  await build({ ...process.env, NEXT_TELEMETRY_DISABLED: '1' })
}

// 2. The province, its stations and reporters (a run that ends early is made again on a fresh file).
console.log(`» Seeding ${REPORTERS} communes, stations and reporters…`)
type Seed = { plan: number; reporters: { email: string; unit: number; items: number[] }[] }
let seed: Seed | null = null
for (let attempt = 1; !seed; attempt++) {
  for (const file of fs.readdirSync(dir))
    fs.rmSync(path.join(dir, file), { recursive: true, force: true })
  const output = await runProcess(
    ['--conditions=production', 'scripts/node-run.mjs', 'scripts/bench/rushSeed.ts'],
    { ...dbEnv, BENCH_REPORTERS: String(REPORTERS) },
    300_000,
  )
  const done = /BENCH_SEED_DONE (.+)/.exec(output)
  if (done) seed = JSON.parse(done[1]!) as Seed
  else if (attempt === 3) throw new Error(`seeding failed:\n${output}`)
  else console.log('» The seeding process ended early; running it again…')
}

// 3. The production server, as `npm start` runs it (web only: the scheduler would add noise).
const port = await freePort()
const base = `http://127.0.0.1:${port}`
let serverLog = ''
for (let attempt = 1; ; attempt++) {
  const server = spawn(
    process.execPath,
    [
      '--conditions=production',
      // BENCH_PROFILE=<dir>: a CPU profile of the server, for finding where a request's time goes.
      ...(process.env.BENCH_PROFILE
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
        : []),
      'scripts/serve.mjs',
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        ...dbEnv,
        NODE_ENV: 'production',
        NODE_OPTIONS: '--no-deprecation',
        PORT: String(port),
        PROCESS_ROLE: 'web',
        NEXT_TELEMETRY_DISABLED: '1',
        SERVER_URL: base,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  children.push(server)
  server.stdout?.on('data', (chunk) => (serverLog += chunk))
  server.stderr?.on('data', (chunk) => (serverLog += chunk))
  const deadline = Date.now() + 90_000
  let up = false
  while (!up && Date.now() < deadline && server.exitCode === null) {
    up = await fetch(`${base}/api/health`).then(
      (res) => res.status < 500,
      () => false,
    )
    if (!up) await new Promise((r) => setTimeout(r, 300))
  }
  if (up) break
  if (attempt === 3) throw new Error(`the server did not start:\n${serverLog}`)
  if (server.exitCode === null) server.kill('SIGKILL')
}

// 4. The reporters log in.
const tokens = await Promise.all(
  seed.reporters.map(async (r) => {
    const res = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: r.email, password: PASSWORD }),
    })
    const body = (await res.json()) as { token?: string }
    if (!body.token) throw new Error(`login failed for ${r.email}: ${JSON.stringify(body)}`)
    return body.token
  }),
)

/** Every past airing of the two daily segments, oldest first (06:30 and 17:00, Vietnam time). */
const year = new Date().getFullYear()
const pastAirings = (items: number[]): { item: number; at: string }[] => {
  const list: { item: number; at: string }[] = []
  for (let day = new Date(Date.UTC(year, 0, 1)); ; day = new Date(day.getTime() + 86_400_000)) {
    const date = day.toISOString().slice(0, 10)
    const morning = new Date(`${date}T06:30:00+07:00`)
    const evening = new Date(`${date}T17:00:00+07:00`)
    if (evening.getTime() > Date.now() - 60_000) break
    list.push({ item: items[0]!, at: morning.toISOString() })
    list.push({ item: items[1]!, at: evening.toISOString() })
  }
  return list
}

type Sample = { ms: number; ok: boolean; status: string }
const confirmations: Sample[] = []
const reportCalls: Sample[] = []
const acknowledged = { airings: 0, submitted: 0 }

const call = async (
  samples: Sample[],
  token: string,
  method: string,
  url: string,
  body: unknown,
): Promise<{ status: number; ok: boolean; body: unknown } | null> => {
  const started = performance.now()
  try {
    const res = await fetch(`${base}${url}`, {
      method,
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    })
    const text = await res.text()
    samples.push({ ms: performance.now() - started, ok: res.ok, status: String(res.status) })
    if (!res.ok && samples.filter((s) => !s.ok).length <= 3)
      console.log(`  ${method} ${url} → ${res.status}: ${text.slice(0, 300)}`)
    return { status: res.status, ok: res.ok, body: text ? JSON.parse(text) : null }
  } catch (error) {
    samples.push({
      ms: performance.now() - started,
      ok: false,
      status: (error as Error).name === 'TimeoutError' ? 'timeout' : 'network',
    })
    return null
  }
}

/** One reporter during the rush: a report step every tenth action, airing confirmations otherwise. */
const reporter = async (index: number, until: number) => {
  const me = seed!.reporters[index]!
  const token = tokens[index]!
  const airings = pastAirings(me.items)
  let report: number | null = null
  let reportStep = 0
  for (let action = 0; Date.now() < until; action++) {
    if (action % 10 === 3 && reportStep < 4) {
      if (reportStep === 0) {
        const res = await call(reportCalls, token, 'POST', '/api/unit-reports', {
          plan: seed!.plan,
          unit: me.unit,
          year,
          period: 'Q4',
          status: 'draft',
          figures: { proceduresPostedPct: 40 },
        })
        if (res?.status === 201) report = (res.body as { doc: { id: number } }).doc.id
      } else if (report !== null) {
        const submit = reportStep === 3
        const res = await call(reportCalls, token, 'PATCH', `/api/unit-reports/${report}`, {
          figures: { proceduresPostedPct: submit ? 100 : 40 + 20 * reportStep },
          ...(submit ? { status: 'submitted' } : {}),
        })
        if (submit && res?.ok) acknowledged.submitted++
      }
      reportStep++
      continue
    }
    const next = airings.shift()
    if (!next) break
    const res = await call(
      confirmations,
      token,
      'POST',
      `/api/broadcast-items/${next.item}/confirm`,
      { occurrenceAt: next.at, note: 'Đã phát đúng giờ' },
    )
    if (res?.status === 201) acknowledged.airings++
  }
}

console.log(`» The rush: ${REPORTERS} reporters at once for ${SECONDS} s, through the REST API…`)
const restStarted = Date.now()
await Promise.all(seed.reporters.map((_, i) => reporter(i, restStarted + SECONDS * 1000)))
const restSeconds = (Date.now() - restStarted) / 1000

// 5. What was stored: every acknowledged write, and tallies that count them.
cleanUp()
await new Promise((r) => setTimeout(r, 1500))
const client = createClient({ url: `file:${dbFile}` })
const scalar = async (sql: string) =>
  Number(Object.values((await client.execute(sql)).rows[0] ?? {})[0] ?? 0)
const storedAirings = await scalar(`SELECT COUNT(*) FROM airings WHERE status = 'confirmed'`)
const storedSubmitted = await scalar(`SELECT COUNT(*) FROM unit_reports WHERE status = 'submitted'`)
const tallied = await scalar(`SELECT COALESCE(SUM(confirmed), 0) FROM broadcast_tallies`)

// 6. The same inserts straight through the driver: one airing row per statement, 64 at once.
const template = (await client.execute(`SELECT * FROM airings LIMIT 1`)).rows[0]
const columns = (await client.execute(`PRAGMA table_info(airings)`)).rows
  .map((row) => String(row.name))
  .filter((name) => name !== 'id')
const driver: Sample[] = []
let driverRows = 0
let driverSeconds = SECONDS
if (template) {
  const insert = `INSERT INTO airings (${columns.map((c) => `"${c}"`).join(',')}) VALUES (${columns.map(() => '?').join(',')})`
  const driverStarted = Date.now()
  const until = driverStarted + SECONDS * 1000
  let serial = 0
  await Promise.all(
    seed.reporters.map(async () => {
      while (Date.now() < until) {
        const n = serial++
        const values = columns.map((c) =>
          c === 'key'
            ? `driver|${n}`
            : c === 'occurrence_at'
              ? new Date(n * 60_000).toISOString()
              : template[c],
        )
        const started = performance.now()
        try {
          await client.execute({ sql: insert, args: values as never })
          driver.push({ ms: performance.now() - started, ok: true, status: 'ok' })
          driverRows++
        } catch (error) {
          driver.push({
            ms: performance.now() - started,
            ok: false,
            status: (error as Error).message,
          })
        }
      }
    }),
  )
  driverSeconds = (Date.now() - driverStarted) / 1000
}
client.close()

const pct = (samples: Sample[], p: number) => {
  const sorted = samples.map((s) => s.ms).sort((x, y) => x - y)
  return sorted.length === 0
    ? 0
    : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}
const n = (value: number, digits = 0) =>
  value.toLocaleString('vi-VN', { maximumFractionDigits: digits })
const errorsOf = (samples: Sample[]) => {
  const bad = samples.filter((s) => !s.ok)
  const by = new Map<string, number>()
  for (const s of bad) by.set(s.status, (by.get(s.status) ?? 0) + 1)
  return bad.length === 0
    ? '0'
    : `${bad.length} (${[...by].map(([k, v]) => `${k}: ${v}`).join(', ')})`
}
const row = (name: string, samples: Sample[], seconds: number) =>
  `  ${name.padEnd(44)} ${n(samples.filter((s) => s.ok).length / seconds, 1).padStart(8)} /s   p50 ${n(pct(samples, 50), 1).padStart(7)} ms   p99 ${n(pct(samples, 99), 1).padStart(8)} ms   errors ${errorsOf(samples)} of ${n(samples.length)}`
const allRest = [...confirmations, ...reportCalls]
const p99 = pct(allRest, 99)
const errors = allRest.filter((s) => !s.ok).length
const met = (ok: boolean) => (ok ? 'met' : 'NOT met')
console.log(`
Deadline rush: ${REPORTERS} reporters at once, ${n(restSeconds, 1)} s, SQLite in WAL mode
${row('airing confirmations  POST …/confirm', confirmations, restSeconds)}
${row('report steps          POST/PATCH unit-reports', reportCalls, restSeconds)}
${row('the same inserts through the driver', driver, driverSeconds)}
  stored: ${n(storedAirings)} confirmed airings for ${n(acknowledged.airings)} acknowledged, tallies count ${n(tallied)}; ${n(storedSubmitted)} submitted reports for ${n(acknowledged.submitted)} acknowledged   no lost writes: ${met(storedAirings === acknowledged.airings && storedSubmitted === acknowledged.submitted && tallied === storedAirings)}
  REST errors           ${errors}   goal 0: ${met(errors === 0)}
  REST p99              ${n(p99, 1)} ms   goal ≤ 1 000 ms: ${met(p99 <= 1000)}
  driver / REST confirmations: ${n(driverRows / driverSeconds / Math.max(1, confirmations.filter((s) => s.ok).length / restSeconds), 1)}×
  machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}, load generator on the same machine
`)
if (errors > 0) {
  const lines = serverLog.split('\n').filter((line) => /error|locked|busy/i.test(line))
  console.log(
    `Server log lines about errors (first 10 of ${lines.length}):\n${lines.slice(0, 10).join('\n')}`,
  )
}

fs.rmSync(dir, { recursive: true, force: true })
clearInterval(keepAlive)
process.exit(0)
