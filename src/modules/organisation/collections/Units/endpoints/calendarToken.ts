import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import type { Unit } from '@/payload-types'
import { asUser } from '@/platform/access/asUser'
import { requireUser, routeParam } from '@/platform/http'
import { slugs } from '@/platform/slugs'
import { managesUnitCalendar } from '@/modules/organisation/access/unitCalendar'
import {
  issueCalendarToken,
  revokeCalendarToken,
} from '@/modules/organisation/collections/Units/calendarToken'
import { refused } from '@/modules/organisation/i18n'

const noStore = { 'Cache-Control': 'no-store' }

type TokenUnit = Pick<Unit, 'id' | 'code' | 'calendarTokenIssuedAt'>

/** Checks the caller may manage the unit's calendar token, then runs `action` on the unit. */
const forManagers =
  (action: (req: PayloadRequest, unit: TokenUnit) => Promise<Response>): PayloadHandler =>
  async (req) => {
    requireUser(req)
    const id = routeParam(req, 'id')
    if (!(await managesUnitCalendar(req, id))) throw refused(req, 'error.forbidden', undefined, 403)
    const unit = await asUser(req).findByID({
      collection: slugs.units,
      id,
      depth: 0,
      disableErrors: true,
      select: { code: true, calendarTokenIssuedAt: true },
    })
    if (!unit) throw refused(req, 'calendar.unitNotFound', undefined, 404)
    return action(req, unit)
  }

/**
 * `/api/units/:id/calendar-token`: GET tells whether a token is active; POST issues or rotates it and
 * answers the feed addresses (the only time they can be shown: only a hash is kept); DELETE revokes it.
 * Admins and editors whose subtree holds the unit; everyone else gets 403.
 */
export const calendarTokenEndpoints: Endpoint[] = [
  {
    path: '/:id/calendar-token',
    method: 'get',
    handler: forManagers(async (_req, unit) =>
      Response.json(
        {
          active: Boolean(unit.calendarTokenIssuedAt),
          issuedAt: unit.calendarTokenIssuedAt ?? null,
        },
        { headers: noStore },
      ),
    ),
  },
  {
    path: '/:id/calendar-token',
    method: 'post',
    handler: forManagers(async (req, unit) =>
      Response.json(
        { active: true, ...(await issueCalendarToken(req, unit)) },
        { status: 201, headers: noStore },
      ),
    ),
  },
  {
    path: '/:id/calendar-token',
    method: 'delete',
    handler: forManagers(async (req, unit) => {
      await revokeCalendarToken(req, unit.id)
      return Response.json({ active: false, issuedAt: null }, { headers: noStore })
    }),
  },
]
