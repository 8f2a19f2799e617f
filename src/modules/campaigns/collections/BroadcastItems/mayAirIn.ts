import type { Where } from 'payload'

import type { Range } from '@/platform/time'

/**
 * The broadcast items that may air within `range`: one-off items starting in it, recurring ones
 * that started before its end and have not stopped before its start. Their airings themselves come
 * from `airingsOf`; this only narrows the read.
 */
export const mayAirIn = (range: Range): Where => ({
  and: [
    { start: { less_than: range.end.toISOString() } },
    {
      or: [
        { start: { greater_than_equal: range.start.toISOString() } },
        {
          and: [
            { rrule: { exists: true } },
            {
              or: [
                { repeatUntil: { exists: false } },
                { repeatUntil: { greater_than_equal: range.start.toISOString() } },
              ],
            },
          ],
        },
      ],
    },
  ],
})

/** What every reader of the schedule needs of an item to place and name its airings. */
export const scheduleSelect = {
  title: true,
  outlet: true,
  channel: true,
  start: true,
  durationMinutes: true,
  rrule: true,
  repeatUntil: true,
} as const
