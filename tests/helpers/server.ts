import { spawn, type ChildProcess } from 'node:child_process'
import { testDatabaseUrl } from './database'
import fs from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

export type RunningApp = {
  url: string
  dir: string
  output: () => string
  /** Stops every process the start made (its process group); removes `dir` unless it was given. */
  stop: () => Promise<void>
}

export type StartOptions = {
  /** A folder (database file, media) shared with other processes; kept when this one stops. */
  dir?: string
}

/** Ends a process group this test started: TERM, then KILL what is still there after a grace. */
export const stopGroup = async (child: ChildProcess, graceMs = 5000): Promise<void> => {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    return // already gone
  }
  const late = await Promise.race([
    exited.then(() => false),
    new Promise<boolean>((r) => setTimeout(() => r(true), graceMs)),
  ])
  // The leader may be gone while a child lingers: the group is killed either way.
  try {
    process.kill(-child.pid, 'SIGKILL')
  } catch {
    // nothing left
  }
  if (late) await exited
}

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })

/**
 * Starts the app exactly as the README's run command does (`npm start` → scripts/start.ts: build if
 * needed, migrate, seed, serve) on a fresh database file and a free port, and waits until it answers.
 */
export const startRealApp = async (
  extraEnv: Record<string, string> = {},
  options: StartOptions = {},
): Promise<RunningApp> => {
  const dir = options.dir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'cchc-app-')))
  const port = await freePort()
  let log = ''
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_OPTIONS: '--no-deprecation',
    PORT: String(port),
    DATABASE_URL: testDatabaseUrl(dir),
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: 'browser-test-secret-0123456789abcdef0123',
    // Scripted sign-ins: no second factor required unless a test asks for it (see the README).
    MFA_REQUIRED_ROLES: '',
    ...extraEnv,
  }
  // jest sets NODE_ENV=test; the app decides its own mode.
  delete (env as Record<string, string | undefined>).NODE_ENV
  const child: ChildProcess = spawn(path.resolve('node_modules/.bin/tsx'), ['scripts/start.ts'], {
    cwd: process.cwd(),
    detached: true,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk) => (log += chunk))
  child.stderr?.on('data', (chunk) => (log += chunk))
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    await stopGroup(child)
    if (!options.dir) await fs.rm(dir, { recursive: true, force: true })
  }

  const deadline = Date.now() + 8 * 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited early:\n${log}`)
    if (log.includes('/api/health')) {
      try {
        if ((await fetch(`${url}/api/health`)).ok) return { url, dir, output: () => log, stop }
      } catch {
        // not yet
      }
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  await stop()
  throw new Error(`the app did not start in time:\n${log}`)
}

export type RunningWorker = {
  output: () => string
  /** The process id of the worker process now running under `npm start`'s supervision. */
  workerPid: () => number | null
  stop: () => Promise<void>
}

/**
 * Starts a worker exactly as the README says (`PROCESS_ROLE=worker npm start`) on the database in
 * `dir`, and waits until its worker process reports its schedules.
 */
export const startRealWorker = async (
  extraEnv: Record<string, string>,
  dir: string,
): Promise<RunningWorker> => {
  let log = ''
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_OPTIONS: '--no-deprecation',
    DATABASE_URL: testDatabaseUrl(dir),
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: 'browser-test-secret-0123456789abcdef0123',
    // Scripted sign-ins: no second factor required unless a test asks for it (see the README).
    MFA_REQUIRED_ROLES: '',
    SEED_DEMO: 'false',
    ...extraEnv,
    PROCESS_ROLE: 'worker',
  }
  delete (env as Record<string, string | undefined>).NODE_ENV
  const child = spawn(path.resolve('node_modules/.bin/tsx'), ['scripts/start.ts'], {
    cwd: process.cwd(),
    detached: true,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk) => (log += chunk))
  child.stderr?.on('data', (chunk) => (log += chunk))
  const workerPid = () => {
    const all = [...log.matchAll(/Worker [^\s:]+:(\d+):/g)]
    return all.length > 0 ? Number(all[all.length - 1]![1]) : null
  }
  const stop = () => stopGroup(child)
  const deadline = Date.now() + 4 * 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the worker exited early:\n${log}`)
    if (workerPid() !== null) return { output: () => log, workerPid, stop }
    await new Promise((r) => setTimeout(r, 300))
  }
  await stop()
  throw new Error(`the worker did not start in time:\n${log}`)
}
