import type { Endpoint, PayloadHandler } from 'payload'

import { asUser } from '@/platform/access/asUser'
import { managesUnitCalendar } from '@/modules/organisation/access/unitCalendar'
import { slugs } from '@/platform/slugs'
import { t } from '@/platform/i18n/request'
import { issueCalendarToken, revokeCalendarToken } from '@/modules/organisation/collections/Units/calendarToken'

type Unit = { id: number | string; code: string; calendarTokenIssuedAt?: string | null }

const noStore = { 'Cache-Control': 'no-store' }

/** Checks the caller may manage the unit's calendar token, then runs `action` on the unit. */
const forManagers =
  (action: (req: Parameters<PayloadHandler>[0], unit: Unit) => Promise<Response>): PayloadHandler =>
  async (req) => {
    if (!req.user) return Response.json({ message: t(req, 'error.unauthenticated') }, { status: 401, headers: noStore })
    const id = req.routeParams?.id as string | undefined
    if (!(await managesUnitCalendar(req, id))) return Response.json({ message: t(req, 'error.forbidden') }, { status: 403, headers: noStore })
    const unit = (await asUser(req).findByID({
      collection: slugs.units,
      id: id!,
      depth: 0,
      disableErrors: true,
      select: { code: true, calendarTokenIssuedAt: true },
    })) as Unit | null
    if (!unit) return Response.json({ message: t(req, 'calendar.unitNotFound') }, { status: 404, headers: noStore })
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
      Response.json({ active: Boolean(unit.calendarTokenIssuedAt), issuedAt: unit.calendarTokenIssuedAt ?? null }, { headers: noStore }),
    ),
  },
  {
    path: '/:id/calendar-token',
    method: 'post',
    handler: forManagers(async (req, unit) => Response.json({ active: true, ...(await issueCalendarToken(req, unit)) }, { status: 201, headers: noStore })),
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
