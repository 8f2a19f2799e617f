import type { CollectionAfterChangeHook, FieldHook } from 'payload'

import type { BroadcastItem } from '@/payload-types'
import { languageOf } from '@/platform/i18n/catalog'
import { slugs } from '@/platform/slugs'
import { airingTitle, describeSchedule } from '@/modules/campaigns/domain/scheduleWords'

/** The item's schedule in the reader's words: "Thứ Tư hằng tuần, 06:30". */
export const readSchedule: FieldHook<BroadcastItem> = ({ data, req }) =>
  data?.start
    ? describeSchedule(
        { start: data.start, rrule: data.rrule, repeatUntil: data.repeatUntil },
        languageOf(req.i18n?.language),
      )
    : null

/**
 * A renamed item renames its airings ("item – date"). Written straight to the database: only the
 * derived title changes, so none of the airing's checks or tallies need to run again.
 */
export const renameAirings: CollectionAfterChangeHook<BroadcastItem> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || previousDoc?.title === doc.title) return doc
  const { docs } = await req.payload.db.find<{ id: string | number; occurrenceAt: string }>({
    collection: slugs.airings,
    where: { item: { equals: doc.id } },
    limit: 0,
    pagination: false,
    select: { occurrenceAt: true },
    req,
  })
  for (const airing of docs)
    await req.payload.db.updateOne({
      collection: slugs.airings,
      id: airing.id,
      data: { title: airingTitle(doc.title, airing.occurrenceAt) },
      req,
      returning: false,
    })
  return doc
}
