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
  stop: () => Promise<void>
}

const freePort = (): Promise<number> =>
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
export const startRealApp = async (extraEnv: Record<string, string> = {}): Promise<RunningApp> => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cchc-app-'))
  const port = await freePort()
  let log = ''
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_OPTIONS: '--no-deprecation',
    PORT: String(port),
    DATABASE_URL: testDatabaseUrl(dir),
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: 'browser-test-secret-0123456789abcdef0123',
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
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        // already gone
      }
      await new Promise((r) => setTimeout(r, 500))
    }
    await fs.rm(dir, { recursive: true, force: true })
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
