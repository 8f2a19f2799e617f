/**
 * A person's requests about their personal data (Law 91/2025/QH15, Decree 356/2025/NĐ-CP):
 * acknowledged within 2 working days, done within 15 days, with one extension of up to 15 more.
 * Working days are Monday to Friday on Vietnam's clock, minus the public holidays admins keep.
 */
import { addDays, localDay, startOfDay, type Day } from '@/platform/time'

export const requestKinds = ['access', 'correction', 'deletion', 'withdrawal', 'objection'] as const
export type RequestKind = (typeof requestKinds)[number]

export const requestStatuses = [
  'received',
  'acknowledged',
  'inProgress',
  'completed',
  'refused',
] as const
export type RequestStatus = (typeof requestStatuses)[number]

export const REQUEST_DETAILS_MAX_LENGTH = 4000

export const ACK_WORKING_DAYS = 2
/**
 * The law says "2 working days" for the acknowledgement but "15 days" (20 with a processor; the
 * platform uses none) for the work and the extension: calendar days, the stricter reading, so a
 * deadline shown here is never later than the law's.
 */
export const COMPLETION_DAYS = 15
export const EXTENSION_DAYS = 15

/** Whether a request still waits for the office (reminders, overdue marks). */
export const isOpen = (status: RequestStatus): boolean =>
  status !== 'completed' && status !== 'refused'

/** Monday to Friday, and not a public holiday. */
export const isWorkingDay = (day: Day, holidays: ReadonlySet<Day>): boolean => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  const weekday = new Date(Date.UTC(year, month - 1, date)).getUTCDay()
  return weekday !== 0 && weekday !== 6 && !holidays.has(day)
}

/** The `count`-th working day after `day` (the day itself is not counted). */
export const addWorkingDays = (day: Day, count: number, holidays: ReadonlySet<Day>): Day => {
  let current = day
  for (let left = count; left > 0;) {
    current = addDays(current, 1)
    if (isWorkingDay(current, holidays)) left--
  }
  return current
}

/** The instant a deadline passes: the end of its last day (the next midnight, Vietnam time). */
const endOfDay = (day: Day): Date => startOfDay(addDays(day, 1))

/** The last day a deadline still allows (its instant is the midnight after it). */
export const lastDayOf = (deadline: Date): Day => localDay(new Date(deadline.getTime() - 1))

/**
 * The deadlines of a request received at `receivedAt`, both counted from the day after the day of
 * receipt: the acknowledgement in working days (a request sent on Friday evening or a Sunday is
 * acknowledged as one sent that Monday's eve), the work in calendar days.
 */
export const requestDeadlines = (
  receivedAt: Date,
  holidays: ReadonlySet<Day>,
): { ackDueAt: Date; dueAt: Date } => {
  const day = localDay(receivedAt)
  return {
    ackDueAt: endOfDay(addWorkingDays(day, ACK_WORKING_DAYS, holidays)),
    dueAt: endOfDay(addDays(day, COMPLETION_DAYS)),
  }
}

/** The deadline after the one extension: up to 15 more days after the original one. */
export const extendedDeadline = (dueAt: Date): Date =>
  endOfDay(addDays(lastDayOf(dueAt), EXTENSION_DAYS))

/** The last working day on or before `day`: when a deadline falling on a day off is chased. */
export const lastWorkingDayBy = (day: Day, holidays: ReadonlySet<Day>): Day => {
  let current = day
  while (!isWorkingDay(current, holidays)) current = addDays(current, -1)
  return current
}

export type RequestState = {
  status: RequestStatus
  ackDueAt: Date
  dueAt: Date
  extendedDueAt: Date | null
}

/** The completion deadline in force: the extended one once granted. */
export const completionDeadline = (request: RequestState): Date =>
  request.extendedDueAt ?? request.dueAt

export type ReminderKind = 'ackSoon' | 'ackOverdue' | 'dueSoon' | 'dueOverdue'

export type Reminder = { kind: ReminderKind; deadline: Date }

/**
 * The reminders a request calls for at `now`: from the midnight of the last working day on or before
 * a deadline's last day (a deadline on a Sunday is chased on the Friday), and once it has passed. The acknowledgement ones only while nobody has
 * acknowledged it. Each names its deadline, so an extension brings its own reminders.
 */
export const dueReminders = (
  request: RequestState,
  now: Date,
  holidays: ReadonlySet<Day>,
): Reminder[] => {
  if (!isOpen(request.status)) return []
  const reminders: Reminder[] = []
  const check = (deadline: Date, soon: ReminderKind, overdue: ReminderKind) => {
    if (now >= deadline) reminders.push({ kind: overdue, deadline })
    else if (now >= startOfDay(lastWorkingDayBy(lastDayOf(deadline), holidays)))
      reminders.push({ kind: soon, deadline })
  }
  if (request.status === 'received') check(request.ackDueAt, 'ackSoon', 'ackOverdue')
  check(completionDeadline(request), 'dueSoon', 'dueOverdue')
  return reminders
}

/** Whether a request is past the deadline it still has to meet. */
export const isOverdue = (request: RequestState, now: Date): boolean =>
  isOpen(request.status) &&
  (now >= completionDeadline(request) || (request.status === 'received' && now >= request.ackDueAt))

const transitions: Record<RequestStatus, readonly RequestStatus[]> = {
  received: ['acknowledged', 'inProgress', 'completed', 'refused'],
  acknowledged: ['inProgress', 'completed', 'refused'],
  inProgress: ['completed', 'refused'],
  completed: [],
  refused: [],
}

export type RequestChangeProblem =
  'transition' | 'refusalNeedsReason' | 'extensionNeedsReason' | 'extensionOnce' | 'extensionClosed'

/**
 * Whether a handler's change is allowed: statuses only move forward (a closed request stays
 * closed), a refusal says why, and the one extension is granted with a reason while still open.
 */
export const decideRequestChange = (
  previous: { status: RequestStatus; extended: boolean },
  next: {
    status: RequestStatus
    extending: boolean
    extensionReason: string
    responseNote: string
  },
): { ok: true } | { ok: false; problem: RequestChangeProblem } => {
  if (next.status !== previous.status && !transitions[previous.status].includes(next.status))
    return { ok: false, problem: 'transition' }
  if (next.status === 'refused' && previous.status !== 'refused' && !next.responseNote.trim())
    return { ok: false, problem: 'refusalNeedsReason' }
  if (next.extending) {
    if (previous.extended) return { ok: false, problem: 'extensionOnce' }
    if (!isOpen(previous.status)) return { ok: false, problem: 'extensionClosed' }
    if (!next.extensionReason.trim()) return { ok: false, problem: 'extensionNeedsReason' }
  }
  return { ok: true }
}

/** An email as stored and compared: trimmed, lower case. */
export const normaliseEmail = (value: unknown): string | null => {
  const email = typeof value === 'string' ? value.trim().toLowerCase() : ''
  return email === '' ? null : email
}

/** A phone number as compared: its digits, +84/84 written as the leading 0. */
export const normalisePhone = (value: unknown): string | null => {
  const digits = typeof value === 'string' ? value.replace(/\D/g, '') : ''
  if (digits === '') return null
  return digits.startsWith('84') && digits.length >= 11 ? `0${digits.slice(2)}` : digits
}

/**
 * Vietnam's public holidays (Labour Code 2019, art. 112) falling on working days in 2026 and 2027,
 * with the days off the government moves for Tết. Admins keep the list (global "Ngày nghỉ lễ");
 * this is only what a new installation starts with. Assumptions, stated where the official
 * schedule was not known when this was written:
 * - Tết Nguyên đán 2026 (mùng 1 = 17/2): 14/2–22/2 off, so Mon 16 – Fri 20 February;
 * - Giỗ Tổ Hùng Vương 2026 (10/3 âm lịch) falls on Sunday 26/4: Monday 27/4 off instead;
 * - Quốc khánh 2026: 2/9 (Wednesday) with the day after, 3/9;
 * - Tết Nguyên đán 2027 (mùng 1 = 6/2, a Saturday): Thu 4 – Wed 10 February, working days only;
 * - Giỗ Tổ Hùng Vương 2027: Friday 16/4 (10/3 âm lịch, new moon of 7/4 Vietnam time);
 * - 1/5/2027 is a Saturday: Monday 3/5 off instead; Quốc khánh 2027: 2/9 (Thu) and 3/9 (Fri).
 */
export const DEFAULT_HOLIDAYS: readonly { day: Day; name: string }[] = [
  { day: '2026-01-01', name: 'Tết Dương lịch' },
  { day: '2026-02-16', name: 'Tết Nguyên đán' },
  { day: '2026-02-17', name: 'Tết Nguyên đán' },
  { day: '2026-02-18', name: 'Tết Nguyên đán' },
  { day: '2026-02-19', name: 'Tết Nguyên đán' },
  { day: '2026-02-20', name: 'Tết Nguyên đán' },
  { day: '2026-04-27', name: 'Giỗ Tổ Hùng Vương (nghỉ bù)' },
  { day: '2026-04-30', name: 'Ngày Giải phóng miền Nam' },
  { day: '2026-05-01', name: 'Ngày Quốc tế Lao động' },
  { day: '2026-09-02', name: 'Quốc khánh' },
  { day: '2026-09-03', name: 'Quốc khánh' },
  { day: '2027-01-01', name: 'Tết Dương lịch' },
  { day: '2027-02-04', name: 'Tết Nguyên đán' },
  { day: '2027-02-05', name: 'Tết Nguyên đán' },
  { day: '2027-02-08', name: 'Tết Nguyên đán' },
  { day: '2027-02-09', name: 'Tết Nguyên đán' },
  { day: '2027-02-10', name: 'Tết Nguyên đán' },
  { day: '2027-04-16', name: 'Giỗ Tổ Hùng Vương' },
  { day: '2027-04-30', name: 'Ngày Giải phóng miền Nam' },
  { day: '2027-05-03', name: 'Ngày Quốc tế Lao động (nghỉ bù)' },
  { day: '2027-09-02', name: 'Quốc khánh' },
  { day: '2027-09-03', name: 'Quốc khánh' },
]
