import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { slugs } from '@/platform/slugs'
import { recountForItem, recountTally } from '@/modules/campaigns/compliance/tallies'
import { quarterOf } from '@/modules/campaigns/domain/periods'
import { relationId } from '@/platform/fields/relationId'

/** What decides where and when an item airs; a change elsewhere (title, script) leaves tallies as they are. */
const SCHEDULE_FIELDS = ['outlet', 'channel', 'start', 'rrule', 'repeatUntil'] as const

/** An item's airings moved, appeared or went: recount the quarters it touched, before and after. */
export const recountItemTallies: CollectionAfterChangeHook = async ({ doc, previousDoc, req, operation }) => {
  const moved = operation === 'create' || SCHEDULE_FIELDS.some((field) => String(relationId(doc[field]) ?? '') !== String(relationId(previousDoc?.[field]) ?? ''))
  if (moved) await recountForItem({ payload: req.payload, req }, doc, previousDoc)
  return doc
}

export const recountDeletedItemTallies: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await recountForItem({ payload: req.payload, req }, doc)
  return doc
}

const recountForAiring = async (req: Parameters<CollectionAfterDeleteHook>[0]['req'], airing: Record<string, unknown> | undefined) => {
  const itemId = relationId(airing?.item)
  if (itemId === null || !airing?.occurrenceAt) return
  // System read: a derived count must see the item whoever confirmed the airing.
  const item = await req.payload.findByID({ collection: slugs.broadcastItems, id: itemId, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (item) await recountTally({ payload: req.payload, req }, relationId(item.outlet)!, item.channel, quarterOf(new Date(airing.occurrenceAt as string)))
}

/** A confirmation changed what a quarter's tally says. */
export const recountAiringTallies: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  await recountForAiring(req, doc)
  const moved = previousDoc?.occurrenceAt && (previousDoc.occurrenceAt !== doc.occurrenceAt || relationId(previousDoc.item) !== relationId(doc.item))
  if (moved) await recountForAiring(req, previousDoc)
  return doc
}

export const recountDeletedAiringTallies: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await recountForAiring(req, doc)
  return doc
}
