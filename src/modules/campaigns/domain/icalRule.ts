import { occurrencesIn, RRule, type Schedulable } from './recurrence'

/**
 * The RRULE value (without "RRULE:") an iCalendar event needs so calendar apps repeat an item exactly
 * as the schedule does, or null for a one-off item. The item's own end date becomes UNTIL (in UTC, as
 * RFC 5545 requires next to a DTSTART with a TZID). The rule is rebuilt from its parsed parts, so
 * nothing typed into a custom rule can reach the feed except recurrence parts.
 */
export const icalRecurrenceRule = (item: Schedulable): string | null => {
  if (!item.rule) return null
  let options: ReturnType<typeof RRule.parseString>
  try {
    options = RRule.parseString(item.rule.replace(/^RRULE:/i, ''))
  } catch {
    // Rules are checked when saved; one that no longer parses shows as its first airing, not a broken feed.
    return null
  }
  delete options.dtstart
  delete options.tzid
  if (item.until) {
    if (options.count) {
      // UNTIL and COUNT may not stand together: keep whichever ends the series first, as the schedule does.
      const within = occurrencesIn(item, {
        start: item.start,
        end: new Date(item.until.getTime() + 1),
      })
      if (within.length < options.count) {
        delete options.count
        options.until = item.until
      }
    } else options.until = item.until
  }
  return RRule.optionsToString(options).replace(/^RRULE:/, '')
}
