/**
 * `npm start`: takes a fresh clone to a running app. Checks the configuration, builds the admin when
 * the sources changed since the last build, applies migrations and loads demo data, then serves on
 * PORT and prints where to log in.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import {
  ConfigError,
  resolveAuditRetentionDays,
  resolveMfaRequiredRoles,
  resolveSessionIdleMinutes,
  resolveDatabase,
  resolveMail,
  resolvePort,
  resolveProcessRole,
  resolveS3Storage,
  resolveSecret,
  resolveSeedAdmin,
  resolveServerUrl,
  SUPERVISOR_VARIABLES,
  type ProcessRole,
} from '@/platform/config/env'
import { resolveSchedules } from '@/platform/jobs/schedules'
import { resolveBranding } from '@/platform/config/branding'
import { roles } from '@/platform/roles'
import { DEMO_PASSWORD, seedUsers } from '@/modules/organisation/seed/users'
import { build, isBuildCurrent } from './build'
import fs from 'node:fs'
import path from 'node:path'

/** Runs a command, echoing its output, and returns what it printed. */
const runCapturing = (command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> =>
  new Promise((resolve, reject) => {
    let output = ''
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env })
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk
      process.stdout.write(chunk)
    })
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`${path.basename(command)} ${args.join(' ')} exited with ${code}`)),
    )
  })

const root = process.cwd()

/**
 * Node flags for every process that loads the app on plain Node (the seed step, the worker, the
 * server). The Lexical packages' `node` entry points load their real code with a top-level
 * `await import()`; on Node 20 that graph of waiting modules deadlocks now and then, so the process
 * stalls, or ends with code 13 once nothing else is pending. The `production` condition picks their
 * built files directly (nothing else here has that condition).
 */
export const NODE_FLAGS = ['--conditions=production']

/**
 * Outside production a fresh clone has no secret yet: make one and keep it beside the database, so
 * logins survive restarts. In production (NODE_ENV=production set by you) it must be given.
 */
const ensureSecret = (env: NodeJS.ProcessEnv): void => {
  if (env.PAYLOAD_SECRET || env.NODE_ENV === 'production') return
  const file = path.join(root, 'data', '.payload-secret')
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  env.PAYLOAD_SECRET = fs.readFileSync(file, 'utf8').trim()
}

const waitForHealth = async (
  url: string,
  timeoutMs: number,
  alive: () => boolean = () => true,
): Promise<boolean> => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline && alive()) {
    try {
      const res = await fetch(url)
      if (res.ok) return true
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  return false
}

/**
 * Runs the worker and keeps it running: a worker that does not report itself started within a
 * minute, or that dies, is started again after a pause that grows with repeated failures.
 */
const superviseWorker = async (env: NodeJS.ProcessEnv): Promise<void> => {
  let stopping = false
  let current: ReturnType<typeof spawn> | null = null
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stopping = true
      current?.kill(signal)
    })
  }
  for (let failures = 0; !stopping;) {
    const worker = spawn(
      process.execPath,
      [...NODE_FLAGS, 'scripts/node-run.mjs', 'src/platform/jobs/worker.ts'],
      { stdio: ['ignore', 'pipe', 'inherit'], env },
    )
    current = worker
    let started = false
    worker.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk)
      if (!started && chunk.toString().includes('Worker ')) started = true
    })
    const watchdog = setTimeout(() => {
      if (!started) {
        console.error('» The worker did not start within 60 s; starting it again…')
        worker.kill('SIGKILL')
      }
    }, 60_000)
    const code = await new Promise<number | null>((resolve) => worker.on('exit', (c) => resolve(c)))
    clearTimeout(watchdog)
    if (stopping) break
    failures = started ? 0 : failures + 1
    console.error(`» The worker stopped (exit ${code}); restarting…`)
    await new Promise((r) => setTimeout(r, Math.min(60_000, 1000 * 2 ** failures)))
  }
}

const main = async () => {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
  let port: number
  let serverUrl: string
  try {
    ensureSecret(env)
    resolveDatabase(env)
    // Wrong storage settings would put uploads on one machine's disk: stop instead.
    resolveS3Storage(env)
    resolveSecret({ ...env, NODE_ENV: 'production' })
    port = resolvePort(env)
    serverUrl = resolveServerUrl(env)
    // Account rules: a wrong value would silently weaken them (or keep a default nobody chose).
    resolveSessionIdleMinutes(env)
    resolveAuditRetentionDays(env)
    resolveMfaRequiredRoles(env, roles)
    // The name and logo every admin page shows: a logo that cannot be read is said now.
    resolveBranding(env)
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(
        `\nKhông thể khởi động / Cannot start:\n  ${error.variable}: ${error.vi}\n  ${error.variable}: ${error.en}\n`,
      )
      process.exit(1)
    }
    throw error
  }
  const prodEnv: NodeJS.ProcessEnv = { ...env, NODE_ENV: 'production' }

  // Settings that do not stop the app but leave part of it off: said now, and in /api/health.
  let role: ProcessRole = 'web'
  const warnings: string[] = []
  try {
    role = resolveProcessRole(env)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    warnings.push(`${error.variable}: ${error.vi} Chạy như "web". / ${error.en} Running as "web".`)
  }
  try {
    if (!resolveMail(env).smtp)
      warnings.push(
        'SMTP: chưa cấu hình; thư được ghi vào nhật ký và giữ trong hộp thư đi. / not configured; mail is logged and held in the outbox.',
      )
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    warnings.push(`${error.variable}: ${error.vi} / ${error.en}`)
  }
  // The modules' own schedules and settings are reported where they load: by the scheduler at start and in /api/health.
  for (const problem of resolveSchedules(env, []).problems)
    warnings.push(`${problem.variable}: ${problem.vi} / ${problem.en}`)
  for (const warning of warnings) console.warn(`» Cảnh báo / Warning — ${warning}`)
  if (role === 'web') prodEnv.PROCESS_ROLE = 'web'

  if (role !== 'worker' && (!isBuildCurrent() || env.FORCE_BUILD === '1')) {
    console.log('» Building the admin (first start or sources changed; about a minute)…')
    await build(env)
  }

  console.log('» Applying migrations and demo data…')
  // The step must say it finished; one that ends early or fails is run again, which is safe because
  // migrations and the seed are idempotent (see the README on early ends).
  for (let attempt = 1; ; attempt++) {
    const output = await runCapturing(
      process.execPath,
      [...NODE_FLAGS, 'scripts/node-run.mjs', 'src/seed/run.ts'],
      prodEnv,
    ).catch((error: Error) => {
      if (attempt === 3) throw error
      return ''
    })
    if (output.includes('SEED_DONE')) break
    if (attempt === 3) throw new Error('migrations and demo data did not complete')
    console.log('» The step ended early; running it again…')
  }

  if (role === 'worker') {
    console.log('» Worker: running schedules and the outbox (no web server)…')
    await superviseWorker(prodEnv)
    return
  }

  console.log(`» Starting on port ${port}…`)
  const banner = () => {
    const admin = resolveSeedAdmin(env)
    const demo = env.SEED_DEMO !== 'false'
    console.log(
      [
        '',
        '──────────────────────────────────────────────────────────────',
        `  Trang quản trị / Admin:  ${serverUrl}/admin`,
        demo
          ? `  Đăng nhập / Login:       ${admin.email}  /  ${env.SEED_ADMIN_PASSWORD ? '(SEED_ADMIN_PASSWORD)' : admin.password}`
          : '',
        demo
          ? `  Tài khoản mẫu / Demo:    ${seedUsers
              .filter((u) => !u.apiKey)
              .map((u) => u.email)
              .join(', ')}`
          : '',
        demo ? `                           mật khẩu / password: ${DEMO_PASSWORD}` : '',
        `  Tình trạng / Health:     ${serverUrl}/api/health`,
        '──────────────────────────────────────────────────────────────',
        '',
      ]
        .filter(Boolean)
        .join('\n'),
    )
  }
  await superviseServer({ ...prodEnv, PORT: String(port) }, port, banner)
}

/** A server that stayed up this long before it stopped counts as a fresh failure, not a repeated one. */
const STABLE_AFTER_MS = 60_000
const MAX_BACKOFF_MS = 60_000

/**
 * Runs scripts/serve.mjs (Next.js behind a node:http server that answers the public API, feeds and
 * widget itself) and keeps it running. A first start that ends with an error stops `npm start` (a
 * configuration or build fault that a restart cannot mend); one that ends silently or stalls before
 * answering is made again. Once it has served, a server that dies for any reason (a crash, an
 * out-of-memory kill, `kill -9`) is started again after a pause that doubles with each failure in a
 * row (1 s, 2 s, 4 s … at most a minute), said in the log; the new server is told how often and why
 * through its environment and reports it in /api/health.
 */
const superviseServer = async (
  env: NodeJS.ProcessEnv,
  port: number,
  onFirstHealthy: () => void,
): Promise<void> => {
  const health = `http://127.0.0.1:${port}/api/health`
  let stopping = false
  let current: ChildProcess | undefined
  let wake: (() => void) | undefined
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      stopping = true
      wake?.()
      if (current && current.exitCode === null && current.signalCode === null) current.kill(signal)
      else process.exit(signal === 'SIGINT' ? 130 : 0)
    })

  let everHealthy = false
  let failedStarts = 0
  let failuresInARow = 0
  let restarts = 0
  let lastExit = ''
  let lastRestartAt = ''
  for (;;) {
    const child = spawn(process.execPath, [...NODE_FLAGS, 'scripts/serve.mjs'], {
      stdio: 'inherit',
      env: {
        ...env,
        [SUPERVISOR_VARIABLES.restarts]: String(restarts),
        [SUPERVISOR_VARIABLES.lastExit]: lastExit,
        [SUPERVISOR_VARIABLES.lastRestartAt]: lastRestartAt,
      },
    })
    current = child
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    )
    const alive = () => child.exitCode === null && child.signalCode === null
    const healthy = await waitForHealth(health, 90_000, () => alive() && !stopping)
    const upSince = Date.now()
    if (healthy) {
      console.log(
        `» Máy chủ đang chạy (tiến trình ${child.pid}). / Server running (process ${child.pid}).`,
      )
      if (!everHealthy) onFirstHealthy()
      everHealthy = true
    } else if (alive() && !stopping) {
      console.error('» The server did not answer within 90 s; starting it again…')
      child.kill('SIGKILL')
    }
    const { code, signal } = await exited
    if (stopping) process.exit(signal === 'SIGINT' ? 130 : 0)
    const reason = signal ? `signal ${signal}` : `exit code ${code}`
    if (!everHealthy) {
      // Before the first answer: an error exit is a fault to report, not to retry (code 13 is the
      // silent early end the README describes, and a stall was killed above: both are retried).
      failedStarts++
      if (!healthy && code !== null && code !== 13 && code !== 0) process.exit(code)
      if (failedStarts >= 3) {
        console.error('The server did not answer /api/health; see the log above.')
        process.exit(1)
      }
      console.log('» The server did not come up; starting it again…')
      continue
    }
    failuresInARow = Date.now() - upSince > STABLE_AFTER_MS ? 1 : failuresInARow + 1
    const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (failuresInARow - 1))
    restarts++
    lastExit = reason
    lastRestartAt = new Date(Date.now() + delay).toISOString()
    console.error(
      `» Máy chủ đã dừng (${reason}); khởi động lại sau ${delay / 1000} giây (lần thứ ${restarts}). / ` +
        `The server stopped (${reason}); restarting in ${delay / 1000} s (restart ${restarts}).`,
    )
    await new Promise<void>((resolve) => {
      wake = resolve
      setTimeout(resolve, delay)
    })
    wake = undefined
    if (stopping) process.exit(0)
  }
}

main().catch((error: Error) => {
  console.error(`\nKhông thể khởi động / Cannot start: ${error.message}`)
  process.exit(1)
})
