import type { PayloadRequest } from 'payload'
import { asSystem } from '@/platform/access/asUser'
import { resolveServerUrl } from '@/platform/config/env'
import { slugs } from '@/platform/slugs'
import { newCalendarToken } from '@/modules/organisation/domain/calendarToken'

export type FeedUrls = { broadcasts: string; deadlines: string }

/**
 * The public address links are made with: SERVER_URL when set (it should be, behind a proxy), else
 * the address the caller used (its Host header: Next's request URL names the server's own host).
 */
export const publicBaseUrl = (requestUrl: string | URL | undefined, headers?: Headers): string => {
  if (process.env.SERVER_URL?.trim()) return resolveServerUrl(process.env)
  const url = new URL(requestUrl ?? 'http://localhost:3000')
  const host =
    headers?.get('x-forwarded-host')?.split(',')[0]?.trim() || headers?.get('host')?.trim()
  const proto = headers?.get('x-forwarded-proto')?.split(',')[0]?.trim()
  if (host && /^[A-Za-z0-9.-]+(:\d+)?$|^\[[0-9a-fA-F:]+\](:\d+)?$/.test(host))
    return `${proto === 'https' || proto === 'http' ? proto : url.protocol.slice(0, -1)}://${host}`
  return url.origin
}

/** The two feed addresses of a unit; the token is in the URL because calendar apps cannot log in. */
const feedUrls = (base: string, unitCode: string, token: string): FeedUrls => {
  const query = `unit=${encodeURIComponent(unitCode)}&token=${encodeURIComponent(token)}`
  return {
    broadcasts: `${base}/feeds/broadcasts.ics?${query}`,
    deadlines: `${base}/feeds/deadlines.ics?${query}`,
  }
}

/**
 * Writes the token fields straight through the database adapter. A system write, made only after the
 * endpoint checked the caller (admins, editors of the unit's subtree): the fields refuse every
 * ordinary update, and a full document update would make the nested-docs plugin re-save every unit
 * below this one for a change that has nothing to do with the tree.
 */
const storeToken = async (
  req: PayloadRequest,
  unitId: number | string,
  hash: string | null,
  issuedAt: Date | null,
) => {
  await req.payload.db.updateOne({
    collection: slugs.units,
    id: unitId,
    data: { calendarTokenHash: hash, calendarTokenIssuedAt: issuedAt?.toISOString() ?? null },
    returning: false,
    req,
  })
}

/** Issues a new token for a unit (replacing any old one, which stops working) and returns its feed addresses once. */
export const issueCalendarToken = async (
  req: PayloadRequest,
  unit: { id: number | string; code: string },
) => {
  const { token, hash } = newCalendarToken()
  const issuedAt = new Date()
  await storeToken(req, unit.id, hash, issuedAt)
  return {
    issuedAt: issuedAt.toISOString(),
    feeds: feedUrls(publicBaseUrl(req.url, req.headers), unit.code, token),
  }
}

/** Revokes a unit's token: every feed address given out for it answers 404 from now on. */
export const revokeCalendarToken = async (req: PayloadRequest, unitId: number | string) =>
  storeToken(req, unitId, null, null)

/**
 * Hands a closing unit's token to its successor (`toId`), or revokes it (`null`): calendar apps
 * subscribed with the old unit's code and token then get the successor's calendar (the feeds look
 * the token up on the unit's successors). A system read and write, within the reorganisation.
 */
export const passCalendarToken = async (
  req: PayloadRequest,
  fromId: number | string,
  toId: number | string | null,
) => {
  const source = await asSystem(req).findByID({
    collection: slugs.units,
    id: fromId,
    depth: 0,
    select: { calendarTokenHash: true, calendarTokenIssuedAt: true },
  })
  if (toId !== null && source.calendarTokenHash)
    await storeToken(
      req,
      toId,
      source.calendarTokenHash,
      source.calendarTokenIssuedAt ? new Date(source.calendarTokenIssuedAt) : new Date(),
    )
  await storeToken(req, fromId, null, null)
}
