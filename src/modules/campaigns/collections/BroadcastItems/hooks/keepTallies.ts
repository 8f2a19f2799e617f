import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Airing, BroadcastItem } from '@/payload-types'
import { isQuiet } from '@/platform/context'
import { relationId } from '@/platform/fields/relationId'
import { recountForAiring, recountForItem } from '@/modules/campaigns/compliance/tallies'

/** What decides where and when an item airs; a change elsewhere (title, script) leaves tallies as they are. */
const SCHEDULE_FIELDS = ['outlet', 'channel', 'start', 'rrule', 'repeatUntil'] as const

// Bulk work (the seed, imports) is quiet: it rebuilds every tally once at the end instead.

/** An item's airings moved, appeared or went: recount the quarters it touched, before and after. */
export const recountItemTallies: CollectionAfterChangeHook<BroadcastItem> = async ({
  doc,
  previousDoc,
  req,
  operation,
}) => {
  if (isQuiet(req)) return doc
  const moved =
    operation === 'create' ||
    SCHEDULE_FIELDS.some(
      (field) =>
        String(relationId(doc[field]) ?? '') !== String(relationId(previousDoc?.[field]) ?? ''),
    )
  if (moved) await recountForItem(req.payload, req, doc, previousDoc)
  return doc
}

export const recountDeletedItemTallies: CollectionAfterDeleteHook<BroadcastItem> = async ({
  doc,
  req,
}) => {
  if (!isQuiet(req)) await recountForItem(req.payload, req, doc)
  return doc
}

/** A confirmation changed what a quarter's tally says. */
export const recountAiringTallies: CollectionAfterChangeHook<Airing> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (isQuiet(req)) return doc
  await recountForAiring(req.payload, req, doc)
  const moved =
    previousDoc?.occurrenceAt &&
    (previousDoc.occurrenceAt !== doc.occurrenceAt ||
      relationId(previousDoc.item) !== relationId(doc.item))
  if (moved) await recountForAiring(req.payload, req, previousDoc)
  return doc
}

export const recountDeletedAiringTallies: CollectionAfterDeleteHook<Airing> = async ({
  doc,
  req,
}) => {
  if (!isQuiet(req)) await recountForAiring(req.payload, req, doc)
  return doc
}
