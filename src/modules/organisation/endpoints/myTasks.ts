import type { Endpoint } from 'payload'

import { requireRole } from '@/platform/http'
import { staffRoles } from '@/platform/roles'
import { tasksFor } from '@/modules/organisation/tasks'

/**
 * `GET /api/me/tasks`: the signed-in person's "Việc cần làm" — the same lines and counts as the
 * dashboard, in the request's language, counted as the person sees the data.
 */
export const myTasksEndpoint: Endpoint = {
  path: '/me/tasks',
  method: 'get',
  handler: async (req) => {
    requireRole(req, ...staffRoles)
    return Response.json(
      { tasks: await tasksFor(req) },
      { headers: { 'Cache-Control': 'private, no-store' } },
    )
  },
}
