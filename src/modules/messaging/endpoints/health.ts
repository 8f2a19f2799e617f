import type { Endpoint, PayloadRequest, Where } from 'payload'

import { asSystem } from '@/platform/access/asUser'
import { configProblems, readSupervisorState, resolveProcessRole } from '@/platform/config/env'
import { languageOf } from '@/platform/i18n/catalog'
import { schedulerState } from '@/platform/jobs/scheduler'
import { appExtensions } from '@/platform/module'
import { isAdminUser } from '@/platform/roles'
import { jobsSlug, slugs } from '@/platform/slugs'
import { t } from '@/modules/messaging/i18n'
import { checkMailTransport } from '@/modules/messaging/mailer'
import type { OutboxState } from '@/modules/messaging/states'

/** A worker that has not ticked for this long is reported as stale (the tick runs every minute). */
const STALE_AFTER_MS = 5 * 60_000

/** A restart is reported as a problem for this long, so monitoring sees it without paging forever. */
const RESTART_NOTICE_MS = 60 * 60_000

type Problem = { area: 'config' | 'mail' | 'scheduler' | 'process'; message: string }

// Health reads are the platform looking at itself: system reads, no user involved.
const queueSection = async (req: PayloadRequest) => {
  const system = asSystem(req)
  const pending: Where[] = [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }]
  const [depth, oldest, running] = await Promise.all([
    system.count({ collection: jobsSlug, where: { and: pending } }),
    system.find({
      collection: jobsSlug,
      where: { and: [...pending, { processing: { equals: false } }] },
      sort: 'createdAt',
      limit: 1,
      depth: 0,
      select: { createdAt: true, waitUntil: true },
    }),
    system.count({ collection: jobsSlug, where: { processing: { equals: true } } }),
  ])
  const first = oldest.docs[0]
  return {
    depth: depth.totalDocs,
    running: running.totalDocs,
    oldestPendingCreatedAt: first?.createdAt ?? null,
    oldestPendingWaitUntil: first?.waitUntil ?? null,
  }
}

const outboxSection = async (req: PayloadRequest) => {
  const system = asSystem(req)
  const count = async (state: OutboxState) =>
    (await system.count({ collection: slugs.outbox, where: { state: { equals: state } } }))
      .totalDocs
  const [pending, sending, held, failed, oldest] = await Promise.all([
    count('pending'),
    count('sending'),
    count('held'),
    count('failed'),
    system.find({
      collection: slugs.outbox,
      where: { state: { in: ['pending', 'sending'] } },
      sort: 'createdAt',
      limit: 1,
      depth: 0,
      select: { createdAt: true },
    }),
  ])
  return { pending, sending, held, failed, oldestUnsentAt: oldest.docs[0]?.createdAt ?? null }
}

/**
 * `GET /api/health`: the database (503 when it does not answer), the schedules (this process and the
 * last tick of any worker), the job queue, the outbox and the mail transport. Anything wrong besides
 * the database gives 200 with status "degraded" and a list of problems in Vietnamese and English, so
 * a load balancer keeps serving pages while staff see what to fix.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const started = performance.now()
    let database: { adapter: string; ok: boolean; latencyMs: number; error?: string }
    try {
      // A trivial read through the adapter, the same call on SQLite and MongoDB.
      await asSystem(req).count({ collection: slugs.units })
      database = {
        adapter: req.payload.db.name,
        ok: true,
        latencyMs: Math.round(performance.now() - started),
      }
    } catch (error) {
      database = {
        adapter: req.payload.db.name,
        ok: false,
        latencyMs: Math.round(performance.now() - started),
        error: (error as Error).message,
      }
    }
    const language = languageOf(req.i18n?.language)
    // Host names, process ids and server error texts are for admins; everyone sees states and counts.
    const detailed = isAdminUser(req.user)
    const problems: Problem[] = []
    const say = (vi: string, en: string) => (language === 'en' ? en : vi)

    const roleProblems = configProblems(() => resolveProcessRole(process.env))
    const role =
      roleProblems.length === 0
        ? resolveProcessRole(process.env)
        : (process.env.PROCESS_ROLE ?? 'all')
    const local = schedulerState(req.payload)
    const settings = [
      ...roleProblems,
      ...local.problems,
      ...appExtensions(req.payload).configChecks.flatMap((check) => check(process.env)),
    ]
    for (const problem of settings)
      problems.push({
        area: 'config',
        message: `${problem.variable}: ${say(problem.vi, problem.en)}`,
      })

    let scheduler: Record<string, unknown> = {
      role,
      running: local.running,
      timeZone: local.timeZone,
      schedules: local.schedules,
    }
    let jobs: Record<string, unknown> | null = null
    let outbox: Record<string, unknown> | null = null
    if (database.ok) {
      const { docs: workers } = await asSystem(req).find({
        collection: slugs.workerHeartbeats,
        sort: '-lastTickAt',
        limit: 5,
        depth: 0,
      })
      const lastTickAt = workers[0]?.lastTickAt ?? local.lastTickAt
      scheduler = {
        ...scheduler,
        lastTickAt,
        workers: detailed
          ? workers.map((w) => ({
              instance: w.instance,
              role: w.role,
              lastTickAt: w.lastTickAt,
              lastError: w.lastError ?? null,
            }))
          : workers.length,
      }
      if (!lastTickAt) problems.push({ area: 'scheduler', message: t(req, 'health.noWorker') })
      else if (Date.now() - Date.parse(lastTickAt) > STALE_AFTER_MS)
        problems.push({
          area: 'scheduler',
          message: t(req, 'health.schedulerStale', { time: lastTickAt }),
        })
      ;[jobs, outbox] = await Promise.all([queueSection(req), outboxSection(req)])
    }

    const mailState = await checkMailTransport()
    if (mailState.configProblem)
      problems.push({
        area: 'config',
        message: `${mailState.configProblem.variable}: ${say(mailState.configProblem.vi, mailState.configProblem.en)}`,
      })
    if (!mailState.configured)
      problems.push({ area: 'mail', message: t(req, 'health.mailNotConfigured') })
    else if (mailState.ok === false)
      problems.push({
        area: 'mail',
        message: t(req, 'health.mailUnreachable', {
          error: detailed ? (mailState.error ?? '') : '…',
        }),
      })

    // Restarts after a crash, as `npm start`'s supervisor passed them to this server.
    const supervisor = readSupervisorState(process.env)
    if (
      supervisor?.lastRestartAt &&
      supervisor.restarts > 0 &&
      Date.now() - Date.parse(supervisor.lastRestartAt) < RESTART_NOTICE_MS
    )
      problems.push({
        area: 'process',
        message: t(req, 'health.restarted', {
          count: supervisor.restarts,
          time: supervisor.lastRestartAt,
          reason: supervisor.lastExit ?? '?',
        }),
      })

    const status = !database.ok ? 'down' : problems.length > 0 ? 'degraded' : 'ok'
    return Response.json(
      {
        status,
        message: t(
          req,
          status === 'ok' ? 'health.ok' : status === 'down' ? 'health.down' : 'health.degraded',
        ),
        time: new Date().toISOString(),
        uptimeSeconds: Math.round(process.uptime()),
        process: {
          supervised: supervisor !== null,
          restarts: supervisor?.restarts ?? 0,
          lastExit: supervisor?.lastExit ?? null,
          lastRestartAt: supervisor?.lastRestartAt ?? null,
        },
        database,
        scheduler,
        jobs,
        outbox,
        mail: {
          configured: mailState.configured,
          ok: mailState.ok,
          checkedAt: mailState.checkedAt,
          error: detailed ? mailState.error : mailState.error ? '…' : null,
        },
        problems,
      },
      { status: database.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
    )
  },
}
