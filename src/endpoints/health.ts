import type { Endpoint } from 'payload'

import { slugs } from '../constants/slugs'
import { t } from '../i18n/request'

/**
 * `GET /api/health`: 200 when the database answers, 503 when it does not. Later parts (jobs, mail)
 * add their own sections here.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const started = performance.now()
    let database: { adapter: string; ok: boolean; latencyMs: number; error?: string }
    try {
      // A trivial read through the adapter, the same call on SQLite and MongoDB.
      await req.payload.count({ collection: slugs.units, overrideAccess: true, req })
      database = { adapter: req.payload.db.name, ok: true, latencyMs: Math.round(performance.now() - started) }
    } catch (error) {
      database = { adapter: req.payload.db.name, ok: false, latencyMs: Math.round(performance.now() - started), error: (error as Error).message }
    }
    const ok = database.ok
    return Response.json(
      {
        status: ok ? 'ok' : 'degraded',
        message: t(req, ok ? 'health.ok' : 'health.degraded'),
        time: new Date().toISOString(),
        uptimeSeconds: Math.round(process.uptime()),
        database,
      },
      { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
    )
  },
}
