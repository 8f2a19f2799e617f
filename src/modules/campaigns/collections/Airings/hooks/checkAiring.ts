import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { reaches } from '@/modules/campaigns/access'
import { slugs } from '@/platform/slugs'
import { occurrencesIn } from '@/modules/campaigns/domain/recurrence'
import { relationId } from '@/platform/fields/relationId'
import { invalidField, t } from '@/platform/i18n/request'

/**
 * An airing confirmation must name a real airing of its item, within the confirming unit's reach,
 * not in the future, and only once.
 */
export const checkAiring: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const itemId = relationId(data.item ?? originalDoc?.item)
  const item = itemId === null ? null : await req.payload.findByID({ collection: slugs.broadcastItems, id: itemId, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!item) return data
  data.ownerUnit = relationId(item.ownerUnit)
  if (req.user && !(await reaches(req, data.ownerUnit))) throw new APIError(t(req, 'report.unitOutOfScope'), 403, undefined, true)

  const at = new Date(data.occurrenceAt ?? originalDoc?.occurrenceAt)
  if (Number.isNaN(at.getTime())) throw invalidField(req, slugs.airings, 'occurrenceAt', 'airing.notAnOccurrence')
  const window = { start: new Date(at.getTime() - 1000), end: new Date(at.getTime() + 1000) }
  const matches = occurrencesIn({ start: new Date(item.start), rule: item.rrule, until: item.repeatUntil ? new Date(item.repeatUntil) : null }, window)
  if (!matches.some((m) => m.getTime() === at.getTime())) throw invalidField(req, slugs.airings, 'occurrenceAt', 'airing.notAnOccurrence')
  data.occurrenceAt = at.toISOString()

  const status = data.status ?? originalDoc?.status
  if (status === 'confirmed' && at.getTime() > Date.now()) throw invalidField(req, slugs.airings, 'occurrenceAt', 'airing.futureAiring')

  data.key = `${itemId}|${at.toISOString()}`
  if (operation === 'create') {
    const { totalDocs } = await req.payload.count({ collection: slugs.airings, where: { key: { equals: data.key } }, overrideAccess: true, req })
    if (totalDocs > 0) throw new APIError(t(req, 'airing.duplicate'), 409, undefined, true)
    if (req.user) data.confirmedBy = req.user.id
  }
  return data
}
