import type { CollectionBeforeChangeHook } from 'payload'

import type { Airing } from '@/payload-types'
import { asSystem } from '@/platform/access/asUser'
import { relationId, storedId } from '@/platform/fields/relationId'
import { slugs } from '@/platform/slugs'
import { reaches } from '@/modules/organisation'
import { airingsOf } from '@/modules/campaigns/domain/recurrence'
import { airingTitle } from '@/modules/campaigns/domain/scheduleWords'
import { invalidField, refused } from '@/modules/campaigns/i18n'

/**
 * An airing confirmation must name a real airing of its item, within the confirming unit's reach,
 * not in the future, and only once; "did not air" comes with a reason.
 */
export const checkAiring: CollectionBeforeChangeHook<Airing> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const itemId = relationId(data.item ?? originalDoc?.item)
  // System reads: the item's schedule and whether the airing was already said decide, whoever asks.
  const system = asSystem(req)
  const item =
    itemId === null
      ? null
      : await system.findByID({
          collection: slugs.broadcastItems,
          id: itemId,
          depth: 0,
          disableErrors: true,
        })
  if (!item) return data
  const unit = relationId(item.unit)
  data.unit = unit === null ? null : storedId(unit)
  if (req.user && !(await reaches(req, unit)))
    throw refused(req, 'report.unitOutOfScope', undefined, 403)

  const at = new Date(data.occurrenceAt ?? originalDoc?.occurrenceAt ?? '')
  if (Number.isNaN(at.getTime()))
    throw invalidField(req, slugs.airings, 'occurrenceAt', 'airing.notAnOccurrence')
  const window = { start: new Date(at.getTime() - 1000), end: new Date(at.getTime() + 1000) }
  if (!airingsOf(item, window).some((m) => m.getTime() === at.getTime()))
    throw invalidField(req, slugs.airings, 'occurrenceAt', 'airing.notAnOccurrence')
  data.occurrenceAt = at.toISOString()
  data.title = airingTitle(item.title, at)

  // Neither "it aired" nor "it did not" can be said before the airing's time.
  if (at.getTime() > Date.now())
    throw invalidField(req, slugs.airings, 'occurrenceAt', 'airing.futureAiring')
  // A person who says it did not air says why (the overnight job writes its own note).
  const status = data.status ?? originalDoc?.status
  const note = data.note === undefined ? originalDoc?.note : data.note
  if (req.user && status === 'missed' && !note?.trim())
    throw invalidField(req, slugs.airings, 'note', 'airing.reasonRequired')

  data.key = `${itemId}|${at.toISOString()}`
  if (operation === 'create') {
    const { totalDocs } = await system.count({
      collection: slugs.airings,
      where: { key: { equals: data.key } },
    })
    if (totalDocs > 0) throw refused(req, 'airing.duplicate', undefined, 409)
    if (req.user) data.confirmedBy = req.user.id
  }
  return data
}
