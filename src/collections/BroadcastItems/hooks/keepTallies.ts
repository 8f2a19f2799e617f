import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { slugs } from '../../../constants/slugs'
import { recountForItem, recountTally } from '../../../compliance/tallies'
import { quarterOf } from '../../../domain/campaigns/periods'
import { relationId } from '../../../fields/relationId'

/** An item's airings moved, appeared or went: recount the quarters it touched, before and after. */
export const recountItemTallies: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  await recountForItem({ payload: req.payload, req }, doc, previousDoc)
  return doc
}

export const recountDeletedItemTallies: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await recountForItem({ payload: req.payload, req }, doc)
  return doc
}

const recountForAiring = async (req: Parameters<CollectionAfterDeleteHook>[0]['req'], airing: Record<string, unknown> | undefined) => {
  const itemId = relationId(airing?.item)
  if (itemId === null || !airing?.occurrenceAt) return
  const item = await req.payload.findByID({ collection: slugs.broadcastItems, id: itemId, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (item) await recountTally({ payload: req.payload, req }, relationId(item.outlet)!, item.channel, quarterOf(new Date(airing.occurrenceAt as string)))
}

/** A confirmation changed what a quarter's tally says. */
export const recountAiringTallies: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  await recountForAiring(req, doc)
  if (previousDoc?.occurrenceAt && previousDoc.occurrenceAt !== doc.occurrenceAt) await recountForAiring(req, previousDoc)
  return doc
}

export const recountDeletedAiringTallies: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await recountForAiring(req, doc)
  return doc
}
