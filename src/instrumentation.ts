/**
 * Next.js calls this once when the server starts. With PROCESS_ROLE=all (the default on one machine)
 * the web process also runs the schedules; with `web` it only serves, and `worker` processes
 * (`npm run worker`) run them instead.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ getPayload }, { default: config }, { ConfigError, resolveProcessRole }] =
    await Promise.all([
      import('payload'),
      import('@payload-config'),
      import('@/platform/config/env'),
    ])
  // The production server (scripts/serve.mjs) answers public routes with this bundle's delivery layer;
  // without it they still go through Next's route handlers.
  if (process.env.CCHC_FAST_PATH === '1') {
    try {
      const { exposeFastPath } = await import('@/modules/delivery')
      exposeFastPath(await getPayload({ config }))
    } catch (error) {
      console.error(error)
    }
  }
  let role
  try {
    role = resolveProcessRole(process.env)
  } catch (error) {
    // Reported by `npm start` and /api/health; serving goes on without schedules.
    if (error instanceof ConfigError) console.error(error.message)
    return
  }
  if (role !== 'all') return
  const { startScheduler } = await import('@/platform/jobs/scheduler')
  const payload = await getPayload({ config })
  const state = startScheduler(payload)
  payload.logger.info(
    `Schedules started (${state.timeZone}): ${state.schedules.map((s) => `${s.name} "${s.cron}"`).join(', ')}`,
  )
}
