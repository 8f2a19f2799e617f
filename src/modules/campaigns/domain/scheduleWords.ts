import { TZDate } from '@date-fns/tz'

import { TIME_ZONE, dayTimeText, formatDay, localDay } from '@/platform/time'

import { RRule, scheduleOf, type ItemSchedule } from './recurrence'

type Language = 'vi' | 'en'

// rrule numbers weekdays from Monday (0) to Sunday (6).
const weekdayNames: Record<Language, readonly string[]> = {
  vi: ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
}

const ordinals: Record<Language, Record<number, string>> = {
  vi: { 1: 'đầu tiên', 2: 'thứ hai', 3: 'thứ ba', 4: 'thứ tư', 5: 'thứ năm', [-1]: 'cuối cùng' },
  en: { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', 5: 'fifth', [-1]: 'last' },
}

const pad = (n: number) => String(n).padStart(2, '0')

/** "a, b và c" / "a, b and c". */
const list = (items: string[], language: Language): string =>
  items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} ${language === 'vi' ? 'và' : 'and'} ${items.at(-1)}`

type Weekday = { weekday: number; n?: number }

const weekdaysOf = (byweekday: unknown): Weekday[] => {
  const raw = byweekday === null || byweekday === undefined ? [] : [byweekday].flat()
  return raw.map((day) =>
    typeof day === 'number'
      ? { weekday: day }
      : { weekday: (day as Weekday).weekday, n: (day as Weekday).n || undefined },
  )
}

const numbersOf = (value: unknown): number[] =>
  value === null || value === undefined ? [] : [value].flat().map(Number)

/** Monday to Friday, in order: said as a span. */
const isWorkingWeek = (days: Weekday[]) =>
  days.length === 5 && days.every((d, i) => d.weekday === i && d.n === undefined)

/**
 * A broadcast item's schedule in words, as the unit that airs it says it: "Thứ Tư hằng tuần, 06:30",
 * "Ngày 1 hằng tháng, 06:30", "Một lần: 07/10/2026 06:30". The time is the Vietnam clock; a rule
 * the words do not cover (hours, minutes, set positions…) is shown as written after "Lịch riêng".
 */
export const describeSchedule = (item: ItemSchedule, language: Language): string => {
  const { start, rule, until } = scheduleOf(item)
  if (Number.isNaN(start.getTime())) return ''
  const local = new TZDate(start.getTime(), TIME_ZONE)
  const time = `${pad(local.getHours())}:${pad(local.getMinutes())}`
  const vi = language === 'vi'
  if (!rule) return `${vi ? 'Một lần' : 'Once'}: ${dayTimeText(start)}`

  const custom = `${vi ? 'Lịch riêng' : 'Custom schedule'}: ${rule}`
  let options: ReturnType<typeof RRule.parseString>
  try {
    options = RRule.parseString(rule.replace(/^RRULE:/i, ''))
  } catch {
    return custom
  }
  const unsupported =
    options.byhour !== undefined ||
    options.byminute !== undefined ||
    options.bysecond !== undefined ||
    options.bysetpos !== undefined ||
    options.byyearday !== undefined ||
    options.byweekno !== undefined
  if (unsupported) return custom

  const interval = options.interval && options.interval > 1 ? options.interval : 1
  const names = weekdayNames[language]
  // rrule's weekday of the first airing: Monday 0 … Sunday 6.
  const startWeekday = (local.getDay() + 6) % 7
  let words: string
  switch (options.freq) {
    case RRule.DAILY:
      words = vi
        ? interval === 1
          ? 'Hằng ngày'
          : `${interval} ngày một lần`
        : interval === 1
          ? 'Every day'
          : `Every ${interval} days`
      break
    case RRule.WEEKLY: {
      const days = weekdaysOf(options.byweekday)
      if (days.some((d) => d.n !== undefined)) return custom
      const said = days.length === 0 ? [names[startWeekday]!] : days.map((d) => names[d.weekday]!)
      const span = isWorkingWeek(days)
        ? vi
          ? 'Thứ Hai đến Thứ Sáu'
          : 'Monday to Friday'
        : list(said, language)
      words = vi
        ? interval === 1
          ? `${span} hằng tuần`
          : `${span}, ${interval} tuần một lần`
        : interval === 1
          ? `Every ${span}`
          : `Every ${interval} weeks on ${span}`
      break
    }
    case RRule.MONTHLY: {
      const days = weekdaysOf(options.byweekday)
      const monthDays = numbersOf(options.bymonthday)
      let which: string
      if (days.length > 0) {
        if (monthDays.length > 0 || days.some((d) => d.n === undefined || !ordinals[language][d.n]))
          return custom
        which = list(
          days.map((d) =>
            vi
              ? `${names[d.weekday]} ${ordinals.vi[d.n!]}`
              : `the ${ordinals.en[d.n!]} ${names[d.weekday]}`,
          ),
          language,
        )
      } else {
        const said = (monthDays.length > 0 ? monthDays : [local.getDate()]).map((d) =>
          d === -1 ? (vi ? 'cuối' : 'last day') : String(d),
        )
        if (monthDays.some((d) => d < -1)) return custom
        which = vi ? `ngày ${list(said, language)}` : `day ${list(said, language)}`
      }
      const said = `${which.charAt(0).toUpperCase()}${which.slice(1)}`
      words = vi
        ? interval === 1
          ? `${said} hằng tháng`
          : `${said}, ${interval} tháng một lần`
        : interval === 1
          ? `Every month on ${which}`
          : `Every ${interval} months on ${which}`
      break
    }
    case RRule.YEARLY: {
      if (
        weekdaysOf(options.byweekday).length > 0 ||
        numbersOf(options.bymonth).length > 1 ||
        numbersOf(options.bymonthday).length > 1
      )
        return custom
      const month = numbersOf(options.bymonth)[0] ?? local.getMonth() + 1
      const day = numbersOf(options.bymonthday)[0] ?? local.getDate()
      words = vi
        ? `Ngày ${pad(day)}/${pad(month)} hằng năm`
        : `Every year on ${pad(day)}/${pad(month)}`
      break
    }
    default:
      return custom
  }
  const parts = [words, time]
  if (options.count) parts.push(vi ? `${options.count} lần` : `${options.count} times`)
  const end = until ?? options.until ?? null
  if (end) {
    const day = formatDay(localDay(end))
    parts.push(vi ? `đến hết ${day}` : `until ${day}`)
  }
  return parts.join(', ')
}

/** An airing's name: its item and when it was due, "Chuyên mục CCHC – 07/10/2026 06:30". */
export const airingTitle = (itemTitle: string, occurrenceAt: string | Date): string =>
  `${itemTitle.trim()} – ${dayTimeText(occurrenceAt)}`
