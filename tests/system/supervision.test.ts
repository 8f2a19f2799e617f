import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startRealApp, type RunningApp } from '../helpers/server'

type Health = {
  status: string
  process: { supervised: boolean; restarts: number; lastExit: string | null }
  problems: { area: string; message: string }[]
}

let app: RunningApp

beforeAll(async () => {
  app = await startRealApp({ PROCESS_ROLE: 'web', SEED_DEMO: 'false' })
}, 600_000)
afterAll(async () => app?.stop())

/** The server process `npm start` runs now, as its supervisor last announced it. */
const serverPid = (): number => {
  const all = [...app.output().matchAll(/Server running \(process (\d+)\)/g)]
  return Number(all[all.length - 1]![1])
}

const health = async (): Promise<Health | null> => {
  try {
    const res = await fetch(`${app.url}/api/health`, { signal: AbortSignal.timeout(5000) })
    return res.ok ? ((await res.json()) as Health) : null
  } catch {
    return null
  }
}

/**
 * Waits (bounded) until the server answers with `restarts` restarts behind it and the supervisor has
 * announced the new process.
 */
const restarted = async (restarts: number, killed: number): Promise<Health> => {
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    const now = await health()
    if (now?.process.restarts === restarts && serverPid() !== killed) return now
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`no restart ${restarts} seen:\n${app.output().slice(-3000)}`)
}

describe('npm start keeps the server running', () => {
  it('should restart a server killed with kill -9, say so in the log and in /api/health', async () => {
    expect((await health())?.process).toEqual({
      supervised: true,
      restarts: 0,
      lastExit: null,
      lastRestartAt: null,
    })
    const first = serverPid()
    process.kill(first, 'SIGKILL')

    const after = await restarted(1, first)
    expect(app.output()).toContain(
      'The server stopped (signal SIGKILL); restarting in 1 s (restart 1).',
    )
    expect(app.output()).toContain('Máy chủ đã dừng (signal SIGKILL); khởi động lại sau 1 giây')
    expect(after.process).toMatchObject({ supervised: true, lastExit: 'signal SIGKILL' })
    expect(after.status).toBe('degraded')
    expect(after.problems).toContainEqual({
      area: 'process',
      message: expect.stringContaining('Máy chủ web đã tự khởi động lại 1 lần'),
    })
    // Pages are served again.
    expect((await fetch(`${app.url}/api/public/v1/reform-areas`)).status).toBe(200)
  })

  it('should wait longer after a second crash in a row (back-off)', async () => {
    const second = serverPid()
    process.kill(second, 'SIGKILL')
    const after = await restarted(2, second)
    expect(app.output()).toContain(
      'The server stopped (signal SIGKILL); restarting in 2 s (restart 2).',
    )
    expect(after.process.lastExit).toBe('signal SIGKILL')
  })
})
