/**
 * Next.js calls this once when the server starts. The web process also runs the job scheduler
 * unless PROCESS_ROLE=web (a later change adds dedicated worker processes).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.PROCESS_ROLE === 'web') return
  const [{ getPayload }, { default: config }, { startScheduler }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
    import('./jobs/scheduler'),
  ])
  const payload = await getPayload({ config })
  startScheduler(payload)
  payload.logger.info('Job scheduler started: due jobs run every minute (Asia/Ho_Chi_Minh)')
}
