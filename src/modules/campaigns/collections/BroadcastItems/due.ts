import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import type { Airing, BroadcastItem } from '@/payload-types'
import { asUser } from '@/platform/access/asUser'
import { bodyWithFile } from '@/platform/http'
import { relationId } from '@/platform/fields/relationId'
import { languageOf } from '@/platform/i18n/catalog'
import { slugs } from '@/platform/slugs'
import {
  canUndo,
  dueWindow,
  hasStarted,
  isDueRange,
  type DueRange,
} from '@/modules/campaigns/domain/dueAirings'
import { calendarStatusOf, type CalendarStatus } from '@/modules/campaigns/domain/calendar'
import { airingsOf } from '@/modules/campaigns/domain/recurrence'
import { missedAfterHours } from '@/modules/campaigns/config'
import { airingTitle, describeSchedule } from '@/modules/campaigns/domain/scheduleWords'
import { refused, t } from '@/modules/campaigns/i18n'

import { mayAirIn, scheduleSelect } from './mayAirIn'

export type DueEntry = {
  itemId: BroadcastItem['id']
  title: string
  outlet: string
  channel: string
  schedule: string
  at: string
  status: CalendarStatus
  airingId: number | string | null
  note: string | null
  evidence: number
  canUndo: boolean
}

/** The airings of `range` (today, this week) of every item the user may see, with what was said. */
export const listDue = async (
  req: PayloadRequest,
  rangeText: string | null,
): Promise<{ range: DueRange; start: string; end: string; entries: DueEntry[] }> => {
  const range = rangeText ?? 'today'
  if (!isDueRange(range)) throw refused(req, 'due.badRange', { range })
  const now = new Date()
  const window = dueWindow(range, now)
  const api = asUser(req)
  const { docs: items } = await api.find({
    collection: slugs.broadcastItems,
    where: mayAirIn(window),
    pagination: false,
    depth: 0,
    select: scheduleSelect,
  })
  const starts = items.flatMap((item) => airingsOf(item, window).map((at) => ({ item, at })))
  const itemIds = [...new Set(starts.map((s) => s.item.id))]
  const outletIds = [...new Set(items.map((i) => relationId(i.outlet)).filter((id) => id !== null))]
  const [{ docs: airings }, { docs: outlets }] = await Promise.all([
    itemIds.length === 0
      ? { docs: [] as Airing[] }
      : api.find({
          collection: slugs.airings,
          where: {
            and: [
              { item: { in: itemIds } },
              { occurrenceAt: { greater_than_equal: window.start.toISOString() } },
              { occurrenceAt: { less_than: window.end.toISOString() } },
            ],
          },
          pagination: false,
          depth: 0,
        }),
    outletIds.length === 0
      ? { docs: [] as { id: number | string; name: string }[] }
      : api.find({
          collection: slugs.outlets,
          where: { id: { in: outletIds } },
          pagination: false,
          depth: 0,
          select: { name: true },
        }),
  ])
  const said = new Map(
    airings.map((a) => [`${relationId(a.item)}|${new Date(a.occurrenceAt).getTime()}`, a]),
  )
  const outletName = new Map(outlets.map((o) => [String(o.id), o.name]))
  const language = languageOf(req.i18n?.language)
  const graceHours = missedAfterHours()
  const entries = starts
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map(({ item, at }): DueEntry => {
      const airing = said.get(`${item.id}|${at.getTime()}`)
      return {
        itemId: item.id,
        title: item.title,
        outlet: outletName.get(String(relationId(item.outlet))) ?? '',
        channel: item.channel,
        schedule: describeSchedule(item, language),
        at: at.toISOString(),
        status: calendarStatusOf({
          at,
          durationMinutes: item.durationMinutes,
          said: airing?.status ?? null,
          missedAfterHours: graceHours,
          now,
        }),
        airingId: airing?.id ?? null,
        note: airing?.note ?? null,
        evidence: airing?.evidence?.length ?? 0,
        canUndo: airing
          ? canUndo({ ...airing, confirmedBy: relationId(airing.confirmedBy) }, req.user?.id, now)
          : false,
      }
    })
  return { range, start: window.start.toISOString(), end: window.end.toISOString(), entries }
}

type Said = {
  occurrenceAt?: unknown
  status?: unknown
  airedAt?: unknown
  evidenceLink?: unknown
  note?: unknown
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined

/** Runs `work` in one transaction of the request: all of it is stored, or none. */
const atomically = async <T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> => {
  const own = await initTransaction(req)
  try {
    const result = await work()
    if (own) await commitTransaction(req)
    return result
  } catch (error) {
    if (own) await killTransaction(req)
    throw error
  }
}

/**
 * The owning unit says what happened to one airing: it went out ("confirmed", the default) or it
 * did not ("missed", with the reason in `note`). A JSON body, or a form with the same fields in
 * `_payload` and an evidence `file`, stored as an internal file and attached in the same transaction.
 */
export const sayOccurrence = async (req: PayloadRequest, itemId: number | string) => {
  const { data, file } = await bodyWithFile(req)
  const body = data as Said
  const status = text(body.status) ?? 'confirmed'
  if (status !== 'confirmed' && status !== 'missed') throw refused(req, 'due.badStatus', { status })
  const api = asUser(req)
  // Read first, as the user: an item they cannot see is a 404, and the id comes back in its own type.
  const item = await api.findByID({ collection: slugs.broadcastItems, id: itemId, depth: 0 })
  const occurrenceAt = text(body.occurrenceAt) ?? ''
  return atomically(req, async () => {
    const airing = await api.create({
      collection: slugs.airings,
      data: {
        item: item.id,
        occurrenceAt,
        status,
        airedAt: status === 'confirmed' ? (text(body.airedAt) ?? occurrenceAt) : undefined,
        evidenceLink: text(body.evidenceLink),
        note: text(body.note),
      },
      depth: 0,
    })
    if (!file) return airing
    const evidence = await api.create({
      collection: slugs.media,
      data: {
        alt: t(req, 'airing.evidenceAlt', { title: airingTitle(item.title, airing.occurrenceAt) }),
        visibility: 'internal',
      },
      file: { data: file.data, mimetype: file.mimetype, name: file.name, size: file.size },
      depth: 0,
    })
    return api.update({
      collection: slugs.airings,
      id: airing.id,
      data: { evidence: [evidence.id] },
      depth: 0,
    })
  })
}

/**
 * "Confirm the week": every airing of this week that has started and nobody has spoken for is
 * confirmed as aired, all in one transaction. Answers how many.
 */
export const confirmWeek = async (req: PayloadRequest): Promise<{ confirmed: number }> => {
  const { entries } = await listDue(req, 'week')
  // Started and not spoken for (silence past the grace hours included: there is no record yet).
  const open = entries.filter((e) => e.airingId === null && hasStarted(new Date(e.at), new Date()))
  const api = asUser(req)
  await atomically(req, async () => {
    for (const entry of open)
      await api.create({
        collection: slugs.airings,
        data: {
          item: entry.itemId,
          occurrenceAt: entry.at,
          status: 'confirmed',
          airedAt: entry.at,
        },
        depth: 0,
      })
  })
  return { confirmed: open.length }
}
