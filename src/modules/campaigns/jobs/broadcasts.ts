import type { Payload } from 'payload'

import type { BroadcastItem, Outlet } from '@/payload-types'
import { asSystem } from '@/platform/access/asUser'
import { relationId } from '@/platform/fields/relationId'
import { slugs } from '@/platform/slugs'
import { DAY, HOUR } from '@/platform/time'
import { contactsCache, enqueueMail, isUniqueViolation } from '@/modules/messaging'
import { missedAfterHours } from '@/modules/campaigns/config'
import { airingsOf, isOverdue } from '@/modules/campaigns/domain/recurrence'
import { bilingual } from '@/modules/campaigns/i18n'
import { airingMissedMail, broadcastReminderMail } from '@/modules/campaigns/mail'
import { mayAirIn, scheduleSelect } from '@/modules/campaigns/collections/BroadcastItems/mayAirIn'

type Id = number | string
type OutletRow = Pick<Outlet, 'id' | 'name' | 'unit' | 'reminderLeadHours'>
type ItemRow = Pick<
  BroadcastItem,
  'id' | 'title' | 'outlet' | 'channel' | 'start' | 'durationMinutes' | 'rrule' | 'repeatUntil'
>

/** How far back the missed-airing check looks; older silence is already counted by the scorecards. */
export const MISSED_LOOKBACK_DAYS = 7

// System reads throughout: jobs act for the platform, not for a user.

const activeOutlets = async (payload: Payload): Promise<Map<string, OutletRow>> => {
  const { docs } = await asSystem(payload).find({
    collection: slugs.outlets,
    where: { active: { not_equals: false } },
    select: { name: true, unit: true, reminderLeadHours: true },
    depth: 0,
    pagination: false,
  })
  return new Map(docs.map((outlet) => [String(outlet.id), outlet]))
}

/** Items on these outlets that may air between `from` and `to` (one-off ones in it, recurring ones spanning it). */
export const itemsAiringBetween = async (
  payload: Payload,
  outletIds: Id[],
  from: Date,
  to: Date,
): Promise<ItemRow[]> => {
  if (outletIds.length === 0) return []
  const { docs } = await asSystem(payload).find({
    collection: slugs.broadcastItems,
    where: { and: [{ outlet: { in: outletIds } }, mayAirIn({ start: from, end: to })] },
    select: scheduleSelect,
    depth: 0,
    pagination: false,
  })
  return docs
}

/**
 * Reminds each outlet's owning unit before every airing, `reminderLeadHours` ahead (24 by default,
 * 0 = no reminder). One message per airing, lead time and address, whatever the number of runs.
 */
export const sendBroadcastReminders = async (
  payload: Payload,
  now = new Date(),
): Promise<{ queued: number }> => {
  const outlets = await activeOutlets(payload)
  const leadOf = (outlet: OutletRow) =>
    typeof outlet.reminderLeadHours === 'number' ? outlet.reminderLeadHours : 24
  const longest = Math.max(0, ...[...outlets.values()].map(leadOf))
  const items = await itemsAiringBetween(
    payload,
    [...outlets.keys()],
    now,
    new Date(now.getTime() + longest * HOUR),
  )
  const contacts = contactsCache(payload)
  let queued = 0
  for (const item of items) {
    const outlet = outlets.get(String(relationId(item.outlet)))
    if (!outlet || leadOf(outlet) <= 0) continue
    const lead = leadOf(outlet)
    const unitId = relationId(outlet.unit)
    const unit = unitId === null ? null : await contacts(unitId)
    if (!unit) continue
    for (const at of airingsOf(item, { start: now, end: new Date(now.getTime() + lead * HOUR) })) {
      for (const to of unit.recipients) {
        const fresh = await enqueueMail(payload, {
          key: `reminder:item:${item.id}:${at.toISOString()}:${lead}h:${to.email.toLowerCase()}`,
          template: broadcastReminderMail,
          to: to.email,
          language: to.language,
          unit: unit.unitId,
          data: {
            recipientName: to.name,
            unitName: unit.unitName,
            itemId: item.id,
            itemTitle: item.title,
            outletName: outlet.name,
            channel: item.channel,
            at: at.toISOString(),
            durationMinutes: item.durationMinutes ?? 0,
          },
        })
        if (fresh) queued++
      }
    }
  }
  return { queued }
}

/**
 * Records as missed every airing of the last week still unconfirmed `MISSED_AFTER_HOURS` after it
 * ended, and tells the owning unit. The record is an airing with status "missed", so the broadcast
 * tallies (and every scorecard) count it against the quota at once; a unit that did air it changes
 * the status to confirmed with its evidence.
 */
export const markMissedAirings = async (
  payload: Payload,
  now = new Date(),
): Promise<{ marked: number; queued: number }> => {
  const hours = missedAfterHours()
  const outlets = await activeOutlets(payload)
  const windowEnd = new Date(now.getTime() - hours * HOUR)
  const windowStart = new Date(windowEnd.getTime() - MISSED_LOOKBACK_DAYS * DAY)
  const items = await itemsAiringBetween(payload, [...outlets.keys()], windowStart, windowEnd)
  const contacts = contactsCache(payload)
  let marked = 0
  let queued = 0
  for (const item of items) {
    const due = airingsOf(item, { start: windowStart, end: windowEnd }).filter((at) =>
      isOverdue(at, item.durationMinutes, hours, now),
    )
    if (due.length === 0) continue
    const { docs: said } = await asSystem(payload).find({
      collection: slugs.airings,
      where: {
        and: [
          { item: { equals: item.id } },
          { occurrenceAt: { greater_than_equal: windowStart.toISOString() } },
        ],
      },
      select: { occurrenceAt: true },
      depth: 0,
      pagination: false,
    })
    const known = new Set(said.map((airing) => new Date(airing.occurrenceAt).getTime()))
    const outlet = outlets.get(String(relationId(item.outlet)))!
    for (const at of due) {
      if (known.has(at.getTime())) continue
      let airingId: Id
      try {
        const airing = await asSystem(payload).create({
          collection: slugs.airings,
          data: {
            item: item.id,
            occurrenceAt: at.toISOString(),
            status: 'missed',
            note: bilingual('airing.recordedMissed', { hours }),
          },
          depth: 0,
        })
        airingId = airing.id
        marked++
      } catch (error) {
        // Confirmed (or marked by another worker) since the read: the unique key refused the insert.
        if ((error as { status?: number }).status === 409 || isUniqueViolation(error)) continue
        throw error
      }
      const unitId = relationId(outlet.unit)
      const unit = unitId === null ? null : await contacts(unitId)
      if (!unit) continue
      for (const to of unit.recipients) {
        const fresh = await enqueueMail(payload, {
          key: `missed:item:${item.id}:${at.toISOString()}:${to.email.toLowerCase()}`,
          template: airingMissedMail,
          to: to.email,
          language: to.language,
          unit: unit.unitId,
          data: {
            recipientName: to.name,
            unitName: unit.unitName,
            itemId: item.id,
            airingId,
            itemTitle: item.title,
            outletName: outlet.name,
            at: at.toISOString(),
            hours,
          },
        })
        if (fresh) queued++
      }
    }
  }
  return { marked, queued }
}
