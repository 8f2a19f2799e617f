import { spawn } from 'node:child_process'

/**
 * Runs tests/helpers/instanceAction.ts in a process of its own (plain Node, as `npm run worker` runs)
 * with `env`, and resolves when its work is committed. A start that stalls before that is made again
 * (up to three tries; see scripts/node-run.mjs on why starts stall).
 */
export const runInstanceAction = async (env: Record<string, string>): Promise<void> => {
  let output = ''
  for (let attempt = 1; attempt <= 3; attempt++) {
    output = ''
    const child = spawn(
      process.execPath,
      ['--conditions=production', 'scripts/node-run.mjs', 'tests/helpers/instanceAction.ts'],
      {
        cwd: process.cwd(),
        env: { ...process.env, NODE_OPTIONS: '--no-deprecation', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    child.stdout?.on('data', (chunk) => (output += chunk))
    child.stderr?.on('data', (chunk) => (output += chunk))
    const started = Date.now()
    while (!output.includes('DONE') && Date.now() - started < 45_000 && child.exitCode === null)
      await new Promise((r) => setTimeout(r, 20))
    if (output.includes('DONE')) return
    if (child.exitCode === null) child.kill('SIGKILL')
  }
  throw new Error(`the other instance did not do its work:\n${output}`)
}
