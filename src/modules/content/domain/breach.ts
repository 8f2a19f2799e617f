import {
  dateLine,
  headerName,
  numberLine,
  recipientLines,
  type Block,
  type OfficialDocument,
} from '@/platform/documents/layout'
import { TIME_ZONE } from '@/platform/time'

/**
 * Personal-data breaches (Law 91/2025/QH15, Decree 356/2025/NĐ-CP): the controller notifies the
 * authority within 72 hours of discovering a breach, and explains a later notification. Pure rules:
 * the deadline, the reminders it calls for, the late-reason rule and the notification's content.
 */
/** Hours from discovery within which the authority must be notified. */
export const NOTIFICATION_HOURS = 72
/** The reminder before the deadline: when this many hours remain. */
export const REMINDER_HOURS_LEFT = 24

const HOUR = 3_600_000

/** The authority notified: the Ministry of Public Security's cybersecurity department. */
export const AUTHORITY =
  'Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05), Bộ Công an'

export const breachStatuses = ['discovered', 'handling', 'notified', 'remedied', 'closed'] as const
export type BreachStatus = (typeof breachStatuses)[number]

type Instant = Date | string

const time = (value: Instant): number => (value instanceof Date ? value : new Date(value)).getTime()

/** The moment the authority must have been notified by: discovery + 72 hours. */
export const notificationDeadline = (discoveredAt: Instant): Date =>
  new Date(time(discoveredAt) + NOTIFICATION_HOURS * HOUR)

/** Whole hours left before the deadline (negative: hours overdue), rounded towards the deadline. */
export const hoursLeft = (discoveredAt: Instant, now: Instant): number => {
  const ms = notificationDeadline(discoveredAt).getTime() - time(now)
  return ms >= 0 ? Math.floor(ms / HOUR) : -Math.ceil(-ms / HOUR)
}

export type DeadlineState =
  | { kind: 'notified'; deadline: Date; late: boolean }
  | { kind: 'open'; deadline: Date; hoursLeft: number }
  | { kind: 'overdue'; deadline: Date; hoursOverdue: number }

/** Where a breach stands against its deadline (notified on time or late, hours left, overdue). */
export const deadlineState = (
  breach: { discoveredAt: Instant; notifiedAt?: Instant | null },
  now: Instant,
): DeadlineState => {
  const deadline = notificationDeadline(breach.discoveredAt)
  if (breach.notifiedAt)
    return { kind: 'notified', deadline, late: time(breach.notifiedAt) > deadline.getTime() }
  if (time(now) > deadline.getTime())
    return { kind: 'overdue', deadline, hoursOverdue: -hoursLeft(breach.discoveredAt, now) }
  return { kind: 'open', deadline, hoursLeft: hoursLeft(breach.discoveredAt, now) }
}

/** Whether a notification at `notifiedAt` came after the 72 hours. */
export const isLate = (discoveredAt: Instant, notifiedAt: Instant): boolean =>
  time(notifiedAt) > notificationDeadline(discoveredAt).getTime()

export type BreachProblem =
  | { path: 'lateReason'; key: 'breach.lateReasonRequired' }
  | { path: 'notifiedAt'; key: 'breach.notifiedBeforeDiscovery' }
  | { path: 'occurredAt'; key: 'breach.occurredAfterDiscovery' }
  | { path: 'notifiedAt'; key: 'breach.notifiedRequired' }

/**
 * What is wrong with a breach's dates and reasons, first problem first: a notification after the
 * 72 hours needs its reason; nothing is notified before it was discovered, nor discovered before it
 * happened; the status "notified" needs the moment of notification.
 */
export const breachProblem = (breach: {
  discoveredAt?: Instant | null
  occurredAt?: Instant | null
  notifiedAt?: Instant | null
  lateReason?: string | null
  status?: string | null
}): BreachProblem | null => {
  const { discoveredAt, occurredAt, notifiedAt } = breach
  if (discoveredAt && occurredAt && time(occurredAt) > time(discoveredAt))
    return { path: 'occurredAt', key: 'breach.occurredAfterDiscovery' }
  if (discoveredAt && notifiedAt && time(notifiedAt) < time(discoveredAt))
    return { path: 'notifiedAt', key: 'breach.notifiedBeforeDiscovery' }
  if (breach.status === 'notified' && !notifiedAt)
    return { path: 'notifiedAt', key: 'breach.notifiedRequired' }
  if (discoveredAt && notifiedAt && isLate(discoveredAt, notifiedAt) && !breach.lateReason?.trim())
    return { path: 'lateReason', key: 'breach.lateReasonRequired' }
  return null
}

export const breachReminders = ['registered', 'dayLeft', 'overdue'] as const
export type BreachReminder = (typeof breachReminders)[number]

/**
 * The mails a breach calls for now (each is sent once; the caller keys them): "registered" always;
 * "dayLeft" once 24 of the 72 hours remain and nobody has notified — unless the breach was
 * registered already inside that last day (its registration mail said how little time was left);
 * "overdue" once the deadline passed without a notification.
 */
export const dueBreachReminders = (
  breach: { discoveredAt: Instant; notifiedAt?: Instant | null; createdAt: Instant },
  now: Instant,
): BreachReminder[] => {
  const due: BreachReminder[] = ['registered']
  if (breach.notifiedAt) return due
  const deadline = notificationDeadline(breach.discoveredAt).getTime()
  const dayLeftFrom = deadline - REMINDER_HOURS_LEFT * HOUR
  if (time(now) > deadline) due.push('overdue')
  else if (time(now) >= dayLeftFrom && time(breach.createdAt) < dayLeftFrom) due.push('dayLeft')
  return due
}

/** "14:30 ngày 05/03/2026" on Vietnam's clock. */
export const officialDateTime = (value: Instant, timeZone = TIME_ZONE): string => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(time(value)))
      .map((p) => [p.type, p.value]),
  )
  return `${parts.hour}:${parts.minute} ngày ${parts.day}/${parts.month}/${parts.year}`
}

export type BreachForNotice = {
  discoveredAt: Instant
  occurredAt?: Instant | null
  description: string
  dataCategories?: string | null
  affectedPeople?: number | null
  consequences?: string | null
  measures?: string | null
  notifiedAt?: Instant | null
  lateReason?: string | null
  subjectsInformed?: boolean | null
  subjectsInformedNote?: string | null
  contactName?: string | null
  contactPosition?: string | null
  contactPhone?: string | null
  contactEmail?: string | null
}

const orDash = (value: string | null | undefined): string => value?.trim() || '(chưa xác định)'

/**
 * The notification to the authority as a Decree 30 document: "THÔNG BÁO / Vi phạm quy định về bảo
 * vệ dữ liệu cá nhân", addressed to A05, with the content the law asks of it (the nature of the
 * breach — time, place, act, the categories and amount of personal data; the contact of whoever
 * protects the data; the likely consequences; the measures taken), the data subjects informed, and
 * the reason when it comes after the 72 hours. The issuer's names come from the caller (its unit).
 */
export const breachNotice = (
  breach: BreachForNotice,
  issuer: { parentBody: string | null; body: string; symbol: string; place: string },
  now: Instant,
): OfficialDocument => {
  const noticeAt = breach.notifiedAt ?? now
  const late = isLate(breach.discoveredAt, noticeAt)
  const people =
    breach.affectedPeople === null || breach.affectedPeople === undefined
      ? '(chưa xác định)'
      : `khoảng ${breach.affectedPeople.toLocaleString('vi-VN')} người`
  const lines = (text: string | null | undefined): Block[] =>
    orDash(text)
      .split(/\n+/)
      .map((line) => ({ kind: 'paragraph', text: line.trim() }) as const)
      .filter((block) => block.text.length > 0)
  const body: Block[] = [
    { kind: 'paragraph', text: `Kính gửi: ${AUTHORITY}.` },
    {
      kind: 'paragraph',
      text: `Thực hiện Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 và Nghị định số 356/2025/NĐ-CP, ${issuer.body.replace(/\n/g, ' ')} thông báo vi phạm quy định về bảo vệ dữ liệu cá nhân như sau:`,
    },
    { kind: 'heading', text: '1. Mô tả tính chất của vi phạm' },
    {
      kind: 'paragraph',
      text: `- Thời điểm xảy ra: ${breach.occurredAt ? officialDateTime(breach.occurredAt) : '(chưa xác định)'}.`,
    },
    { kind: 'paragraph', text: `- Thời điểm phát hiện: ${officialDateTime(breach.discoveredAt)}.` },
    { kind: 'paragraph', text: '- Diễn biến, hành vi vi phạm:' },
    ...lines(breach.description),
    {
      kind: 'paragraph',
      text: `- Loại dữ liệu cá nhân liên quan: ${orDash(breach.dataCategories)}.`,
    },
    { kind: 'paragraph', text: `- Số lượng chủ thể dữ liệu bị ảnh hưởng: ${people}.` },
    {
      kind: 'heading',
      text: '2. Thông tin liên hệ của người được giao nhiệm vụ bảo vệ dữ liệu cá nhân',
    },
    {
      kind: 'paragraph',
      text: `- Họ và tên: ${orDash(breach.contactName)}${breach.contactPosition?.trim() ? `; chức vụ: ${breach.contactPosition.trim()}` : ''}.`,
    },
    {
      kind: 'paragraph',
      text: `- Điện thoại: ${orDash(breach.contactPhone)}; thư điện tử: ${orDash(breach.contactEmail)}.`,
    },
    { kind: 'heading', text: '3. Hậu quả, thiệt hại có thể xảy ra' },
    ...lines(breach.consequences),
    {
      kind: 'heading',
      text: '4. Biện pháp đã thực hiện và dự kiến thực hiện để giải quyết, giảm thiểu tác hại',
    },
    ...lines(breach.measures),
    { kind: 'heading', text: '5. Thông báo cho chủ thể dữ liệu' },
    {
      kind: 'paragraph',
      text: breach.subjectsInformed
        ? `Đã thông báo cho chủ thể dữ liệu bị ảnh hưởng.${breach.subjectsInformedNote?.trim() ? ` ${breach.subjectsInformedNote.trim()}` : ''}`
        : `Chưa thông báo cho chủ thể dữ liệu bị ảnh hưởng.${breach.subjectsInformedNote?.trim() ? ` ${breach.subjectsInformedNote.trim()}` : ''}`,
    },
    ...(late
      ? ([
          { kind: 'heading', text: '6. Lý do thông báo sau 72 giờ kể từ khi phát hiện' },
          ...lines(breach.lateReason),
        ] as Block[])
      : []),
    {
      kind: 'paragraph',
      text: `${issuer.body.replace(/\n/g, ' ')} xin thông báo để ${AUTHORITY} biết, hướng dẫn và phối hợp xử lý./.`,
    },
  ]
  return {
    parentBody: issuer.parentBody ? headerName(issuer.parentBody, false) : null,
    issuingBody: headerName(issuer.body, true),
    numberLine: numberLine(null, 'TB', issuer.symbol),
    dateLine: dateLine(issuer.place, new Date(time(noticeAt))),
    kind: 'THÔNG BÁO',
    subject: 'Vi phạm quy định về bảo vệ dữ liệu cá nhân',
    body,
    recipients: recipientLines(['Như trên']),
    signature: { lines: ['THỦ TRƯỞNG CƠ QUAN'], name: '(Ký, ghi rõ họ tên, đóng dấu)' },
    title: 'Thông báo vi phạm quy định về bảo vệ dữ liệu cá nhân',
  }
}
