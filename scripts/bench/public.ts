/**
 * `npm run bench:public` — a benchmark, not a test: it prints figures and never fails on them.
 *
 * Seeds 1,000 published articles (with units, reform areas, tags and covers) on a fresh SQLite file,
 * starts the production server exactly as `npm start` serves (scripts/serve.mjs on the `npm run build`
 * output; built first when the sources changed), then loads, one after the other with autocannon on
 * 127.0.0.1 (64 connections, a warm-up then a measured run each):
 *   - the public article list        /api/public/v1/articles?limit=20
 *   - stock Payload REST             /api/articles?limit=20&depth=1
 *   - a bare node:http server returning the exact bytes of the public list.
 * Goals: public list ≥ 10× stock REST and ≥ 0.5× the bare server; p99 ≤ 20 ms; no errors.
 * BENCH_SECONDS (default 10) and BENCH_WARMUP_SECONDS (default 3) set the durations.
 */
import autocannon from 'autocannon'
import { spawn, type ChildProcess } from 'node:child_process'
import { build, isBuildCurrent } from '../build'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

// Native database calls do not always hold the event loop open; without this the top-level awaits
// below can find an empty loop and Node exits with code 13 before the benchmark ends.
const keepAlive = setInterval(() => undefined, 1000)

const ARTICLES = 1000
const CONNECTIONS = 64
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3)

const root = process.cwd()
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-public-'))
const secret = process.env.PAYLOAD_SECRET ?? 'benchmark-secret-0123456789abcdef0123456789'
const dbEnv = {
  DATABASE_URL: `file:${path.join(dir, 'bench.db')}`,
  MEDIA_DIR: path.join(dir, 'media'),
  PAYLOAD_SECRET: secret,
}
Object.assign(process.env, dbEnv)

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

const waitFor = async (url: string, timeoutMs: number, child: ChildProcess, log: () => string) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited early:\n${log()}`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`${url} did not answer in time:\n${log()}`)
}

// 1. The production build the server runs.
if (!isBuildCurrent()) {
  console.log(
    '» The production build is missing or older than the sources: building it (about a minute)…',
  )
  await build({ ...process.env, NEXT_TELEMETRY_DISABLED: '1' })
}

// 2. A fresh database with 1,000 published articles, made by scripts/bench/publicSeed.ts in a process
// of its own; a run that ends early (loading TypeScript through tsx now and then ends silently on
// this stack) is made again on a fresh file.
console.log(`» Seeding ${ARTICLES.toLocaleString('vi-VN')} published articles…`)
const seedStart = performance.now()
for (let attempt = 1; ; attempt++) {
  for (const file of fs.readdirSync(dir))
    fs.rmSync(path.join(dir, file), { recursive: true, force: true })
  const output = await new Promise<string>((resolve) => {
    let log = ''
    const child = spawn(
      process.execPath,
      ['--conditions=production', '--import', 'tsx', 'scripts/bench/publicSeed.ts'],
      {
        cwd: root,
        env: {
          ...process.env,
          ...dbEnv,
          BENCH_ARTICLES: String(ARTICLES),
          NODE_OPTIONS: '--no-deprecation',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    children.push(child)
    child.stdout.on('data', (chunk) => (log += chunk))
    child.stderr.on('data', (chunk) => (log += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), 300_000)
    child.on('exit', () => {
      clearTimeout(timer)
      resolve(log)
    })
  })
  if (output.includes('BENCH_SEED_DONE')) break
  if (attempt === 3) throw new Error(`seeding failed:\n${output}`)
  console.log('» The seeding process ended early; running it again…')
}
console.log(`  seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`)

// 3. The production server, as `npm start` runs it (without the scheduler: it would only add noise).
const port = await freePort()
let serverLog = ''
const base = `http://127.0.0.1:${port}`
// A start that ends silently or stalls before the server answers is made again, as `npm start` does.
for (let attempt = 1; ; attempt++) {
  const server = spawn(process.execPath, ['--conditions=production', 'scripts/serve.mjs'], {
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
  })
  children.push(server)
  server.stdout?.on('data', (chunk) => (serverLog += chunk))
  server.stderr?.on('data', (chunk) => (serverLog += chunk))
  try {
    await waitFor(`${base}/api/health`, 90_000, server, () => serverLog)
    break
  } catch (error) {
    if (attempt === 3) throw error
    if (server.exitCode === null) server.kill('SIGKILL')
    console.log('» The server did not come up; starting it again…')
  }
}

const PUBLIC_PATH = '/api/public/v1/articles?limit=20'
const STOCK_PATH = '/api/articles?limit=20&depth=1'
const sample = await fetch(`${base}${PUBLIC_PATH}`)
const bytes = Buffer.from(await sample.arrayBuffer())
const listed = JSON.parse(bytes.toString('utf8')) as { items: unknown[]; totalItems: number }
if (sample.status !== 200 || listed.items.length !== 20 || listed.totalItems !== ARTICLES) {
  throw new Error(
    `the public list did not answer as expected (${sample.status}, ${listed.items?.length} items of ${listed.totalItems})`,
  )
}
const stockSample = (await (await fetch(`${base}${STOCK_PATH}`)).json()) as {
  docs: unknown[]
  totalDocs: number
}
if (stockSample.docs?.length !== 20) throw new Error('stock REST did not list 20 articles')

// 4. The bare node:http server with the same bytes, in a process of its own like the app.
const bodyFile = path.join(dir, 'list.json')
fs.writeFileSync(bodyFile, bytes)
const barePort = await freePort()
const bare = spawn(
  process.execPath,
  [
    '-e',
    `const body = require('fs').readFileSync(${JSON.stringify(bodyFile)});
     require('http').createServer((req, res) => {
       res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': body.length });
       res.end(body);
     }).listen(${barePort}, '127.0.0.1');`,
  ],
  { stdio: 'ignore' },
)
children.push(bare)
await waitFor(`http://127.0.0.1:${barePort}/`, 10_000, bare, () => '')

type Figures = {
  name: string
  rps: number
  p50: number
  p99: number
  errors: number
  non2xx: number
  total: number
}
const load = async (name: string, url: string): Promise<Figures> => {
  await autocannon({ url, connections: CONNECTIONS, duration: WARMUP_SECONDS })
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS })
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  }
}

console.log(
  `» Loading each target: ${CONNECTIONS} connections, ${WARMUP_SECONDS} s warm-up, ${SECONDS} s measured…`,
)
const publicList = await load(
  'public list  /api/public/v1/articles?limit=20',
  `${base}${PUBLIC_PATH}`,
)
const stock = await load('stock REST   /api/articles?limit=20&depth=1', `${base}${STOCK_PATH}`)
const bareServer = await load('bare node:http, same bytes', `http://127.0.0.1:${barePort}/`)

const n = (value: number, digits = 0) =>
  value.toLocaleString('vi-VN', { maximumFractionDigits: digits })
const row = (f: Figures) =>
  `  ${f.name.padEnd(48)} ${n(f.rps).padStart(8)} req/s   p50 ${n(f.p50, 1).padStart(6)} ms   p99 ${n(f.p99, 1).padStart(7)} ms   errors ${f.errors}, non-2xx ${f.non2xx} of ${n(f.total)}`
const vsStock = publicList.rps / stock.rps
const vsBare = publicList.rps / bareServer.rps
const met = (ok: boolean) => (ok ? 'met' : 'NOT met')
console.log(`
Public article list (20 of ${n(ARTICLES)} published articles, ${n(bytes.byteLength)} bytes)
${row(publicList)}
${row(stock)}
${row(bareServer)}
  public / stock REST   ${n(vsStock, 1)}×   goal ≥ 10×: ${met(vsStock >= 10)}
  public / bare server  ${n(vsBare, 2)}×   goal ≥ 0,5×: ${met(vsBare >= 0.5)}
  public p99            ${n(publicList.p99, 1)} ms   goal ≤ 20 ms: ${met(publicList.p99 <= 20)}
  public errors         ${publicList.errors + publicList.non2xx}   goal 0: ${met(publicList.errors + publicList.non2xx === 0)}
  machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load generator on the same machine
`)

cleanUp()
await new Promise((r) => setTimeout(r, 500))
fs.rmSync(dir, { recursive: true, force: true })
clearInterval(keepAlive)
process.exit(0)
