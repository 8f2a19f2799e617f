import { TZDate } from '@date-fns/tz'
import { tzlib_get_ical_block } from 'timezones-ical-library'
import { TIME_ZONE } from '@/platform/time'
import { icalRecurrenceRule, periodLabel, type UnitDeadline } from '@/modules/campaigns'
import { translate, type TextKey as MessageKey } from '@/modules/delivery/i18n'
import type { MessageParams } from '@/platform/i18n/catalog'
import ical, { ICalAlarmType, type ICalCalendar } from 'ical-generator'

// Feeds go to a commune's calendar, read by people: always in Vietnamese.
const vi = (key: MessageKey, params?: MessageParams) => translate('vi', key, params)

export type FeedBroadcastItem = {
  id: string
  title: string
  channel: string
  outletName: string
  start: Date
  durationMinutes: number
  rule: string | null
  until: Date | null
  updatedAt: Date
}

const local = (instant: Date) => new TZDate(instant.getTime(), TIME_ZONE)

const pad = (n: number) => String(n).padStart(2, '0')
/** "10/04/2027 17:00" on the Vietnamese clock. */
const localText = (instant: Date) => {
  const d = local(instant)
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/**
 * A calendar whose events carry TZID=Asia/Ho_Chi_Minh with its VTIMEZONE (from timezones-ical-library).
 * The zone is given per event, not as the calendar's default: with a default zone ical-generator
 * also writes DTSTAMP and LAST-MODIFIED as local times, which RFC 5545 requires in UTC.
 */
const calendar = (name: string): ICalCalendar =>
  ical({
    name,
    prodId: { company: 'CCHC', product: 'feeds', language: 'VI' },
    timezone: {
      name: null,
      generator: (zone) => (tzlib_get_ical_block(zone) as string[])[0] ?? null,
    },
    ttl: 60 * 60,
  })

/** The unit's broadcast items: one VEVENT per item, with its RRULE when it repeats. UIDs never change. */
export const broadcastsCalendar = (
  unitName: string,
  host: string,
  items: FeedBroadcastItem[],
): string => {
  const cal = calendar(vi('calendar.broadcastsName', { unit: unitName }))
  for (const item of items) {
    cal.createEvent({
      id: `item-${item.id}@${host}`,
      start: local(item.start),
      end: local(new Date(item.start.getTime() + item.durationMinutes * 60_000)),
      timezone: TIME_ZONE,
      summary: item.title,
      description: [
        vi('calendar.channel', { channel: vi(`channel.${item.channel}` as MessageKey) }),
        vi('calendar.outlet', { outlet: item.outletName }),
        vi('calendar.duration', { minutes: item.durationMinutes }),
      ].join('\n'),
      location: item.outletName,
      repeating: icalRecurrenceRule({ start: item.start, rule: item.rule, until: item.until }),
      stamp: item.updatedAt,
      lastModified: item.updatedAt,
    })
  }
  return cal.toString()
}

/** One event per report deadline, at the deadline itself, with a reminder three days before. */
export const deadlinesCalendar = (
  unitName: string,
  host: string,
  deadlines: UnitDeadline[],
): string => {
  const cal = calendar(vi('calendar.deadlinesName', { unit: unitName }))
  for (const d of deadlines) {
    const params = { period: periodLabel(d.period, 'vi'), plan: d.planNumber }
    const event = cal.createEvent({
      id: `deadline-${d.planId}-${d.period.year}-${d.period.key}@${host}`,
      start: local(d.deadline),
      timezone: TIME_ZONE,
      summary: vi('calendar.deadlineSummary', params),
      description: vi('calendar.deadlineDescription', {
        ...params,
        title: d.planTitle,
        deadline: localText(d.deadline),
      }),
      stamp: d.updatedAt,
      lastModified: d.updatedAt,
    })
    event.createAlarm({
      type: ICalAlarmType.display,
      trigger: 3 * 24 * 60 * 60,
      description: vi('calendar.deadlineAlarm', params),
    })
  }
  return cal.toString()
}
