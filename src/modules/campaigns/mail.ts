import sharp from 'sharp'

import { formatDate, formatDateTime } from '@/platform/time'
import type { Language } from '@/platform/i18n/catalog'
import {
  adminLink,
  capped,
  composeMail,
  defineMailTemplate,
  greeting,
  unitLine,
  type Block,
} from '@/modules/messaging'

import { barChartSvg } from './domain/chart'
import { isBroadcastChannel } from './domain/vocabulary'
import { label, translate, type TextKey } from './i18n'

type Id = number | string
type Iso = string

const percent = (value: number | null, language: Language): string =>
  value === null
    ? '–'
    : `${new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 }).format(value)}%`

const channelName = (channel: string, language: Language): string =>
  isBroadcastChannel(channel) ? translate(language, `channel.${channel}`) : channel

/** Before an airing, to the outlet's unit. */
export const broadcastReminderMail = defineMailTemplate<{
  recipientName: string
  unitName?: string
  itemId: Id
  itemTitle: string
  outletName: string
  channel: string
  at: Iso
  durationMinutes: number
}>({
  name: 'broadcastReminder',
  label: label('mail.template.broadcastReminder'),
  render: (d, context) => {
    const { language } = context
    const time = formatDateTime(d.at, language)
    return composeMail(
      language,
      translate(language, 'mail.reminder.subject', { title: d.itemTitle, time }),
      greeting(language, d.recipientName),
      [
        ...unitLine(language, d.unitName),
        {
          kind: 'p',
          text: translate(language, 'mail.reminder.body', {
            outlet: d.outletName,
            title: d.itemTitle,
            channel: channelName(d.channel, language),
            time,
            minutes: d.durationMinutes,
          }),
        },
        { kind: 'p', text: translate(language, 'mail.reminder.ask') },
      ],
      adminLink(context, `/collections/broadcast-items/${d.itemId}`),
    )
  },
})

/** An airing nobody confirmed in time, to the outlet's unit. */
export const airingMissedMail = defineMailTemplate<{
  recipientName: string
  unitName?: string
  itemId: Id
  airingId?: Id | null
  itemTitle: string
  outletName: string
  at: Iso
  hours: number
}>({
  name: 'airingMissed',
  label: label('mail.template.airingMissed'),
  render: (d, context) => {
    const { language } = context
    const time = formatDateTime(d.at, language)
    return composeMail(
      language,
      translate(language, 'mail.missed.subject', { title: d.itemTitle, time }),
      greeting(language, d.recipientName),
      [
        ...unitLine(language, d.unitName),
        {
          kind: 'p',
          text: translate(language, 'mail.missed.body', {
            outlet: d.outletName,
            title: d.itemTitle,
            time,
            hours: d.hours,
          }),
        },
        { kind: 'p', text: translate(language, 'mail.missed.ask') },
      ],
      adminLink(
        context,
        d.airingId
          ? `/collections/airings/${d.airingId}`
          : `/collections/broadcast-items/${d.itemId}`,
      ),
    )
  },
})

type ReportMail = {
  recipientName: string
  unitName?: string
  planId: Id
  planNumber: string
  planTitle: string
  periodLabel: string
  deadline: Iso
}

/** Before a report deadline, to a unit that has not submitted. */
export const reportReminderMail = defineMailTemplate<ReportMail & { days: number }>({
  name: 'reportReminder',
  label: label('mail.template.reportReminder'),
  render: (d, context) => {
    const { language } = context
    const params = {
      period: d.periodLabel,
      plan: d.planNumber,
      planTitle: d.planTitle,
      deadline: formatDateTime(d.deadline, language),
      days: d.days,
    }
    return composeMail(
      language,
      translate(language, 'mail.reportReminder.subject', params),
      greeting(language, d.recipientName),
      [
        ...unitLine(language, d.unitName),
        { kind: 'p', text: translate(language, 'mail.reportReminder.body', params) },
      ],
      adminLink(context, '/collections/unit-reports/create'),
    )
  },
})

/** After a missed deadline, to the late unit itself (the first escalation step). */
export const reportOverdueMail = defineMailTemplate<ReportMail>({
  name: 'reportOverdue',
  label: label('mail.template.reportOverdue'),
  render: (d, context) => {
    const { language } = context
    const params = {
      period: d.periodLabel,
      plan: d.planNumber,
      planTitle: d.planTitle,
      deadline: formatDateTime(d.deadline, language),
    }
    return composeMail(
      language,
      translate(language, 'mail.reportOverdue.subject', params),
      greeting(language, d.recipientName),
      [
        ...unitLine(language, d.unitName),
        { kind: 'p', text: translate(language, 'mail.reportOverdue.body', params) },
      ],
      adminLink(context, '/collections/unit-reports/create'),
    )
  },
})

/** A later escalation step, to the unit above the late one. */
export const reportEscalationMail = defineMailTemplate<
  Omit<ReportMail, 'unitName'> & { lateUnitId: Id; lateUnitName: string; daysLate: number }
>({
  name: 'reportEscalation',
  label: label('mail.template.reportEscalation'),
  render: (d, context) => {
    const { language } = context
    const params = {
      unit: d.lateUnitName,
      period: d.periodLabel,
      plan: d.planNumber,
      planTitle: d.planTitle,
      deadline: formatDateTime(d.deadline, language),
      days: d.daysLate,
    }
    return composeMail(
      language,
      translate(language, 'mail.escalation.subject', params),
      greeting(language, d.recipientName),
      [{ kind: 'p', text: translate(language, 'mail.escalation.body', params) }],
      adminLink(context, `/scorecard?plan=${d.planId}`),
    )
  },
})

export type WeeklyDigest = {
  recipientName: string
  week: string
  from: Iso
  to: Iso
  scopeName: string | null
  published: { title: string; publishedAt: Iso; id: Id }[]
  publishedCount: number
  periodLabel: string
  plans: { id: Id; number: string; title: string; share: number | null; target: number }[]
  behind: { unitName: string; planNumber: string; unmet: number }[]
  missed: { itemTitle: string; unitName: string; at: Iso }[]
  missedCount: number
}

/** Monday's digest: what was published, the share of quotas met (with a chart), who falls behind. */
export const weeklyDigestMail = defineMailTemplate<WeeklyDigest>({
  name: 'weeklyDigest',
  label: label('mail.template.weeklyDigest'),
  render: async (d, context) => {
    const { language } = context
    const f = (key: TextKey, params: Record<string, string | number> = {}) =>
      translate(language, key, params)
    const blocks: Block[] = [
      {
        kind: 'p',
        text: f('mail.digest.intro', {
          from: formatDate(d.from, language),
          to: formatDate(new Date(new Date(d.to).getTime() - 1), language),
          scope: d.scopeName ?? f('mail.digest.allUnits'),
        }),
      },
      { kind: 'h', text: f('mail.digest.published', { count: d.publishedCount }) },
      d.published.length > 0
        ? {
            kind: 'list',
            items: capped(
              d.published.map((a) => `${formatDate(a.publishedAt, language)} – ${a.title}`),
              d.publishedCount,
              language,
            ),
          }
        : { kind: 'p', text: f('mail.digest.nonepublished') },
      { kind: 'h', text: f('mail.digest.plans', { period: d.periodLabel }) },
      ...(d.plans.length > 0
        ? [{ kind: 'image', cid: 'digest-chart', alt: f('mail.digest.chartAlt') } satisfies Block]
        : []),
      {
        kind: 'list',
        items: d.plans.map((p) =>
          f('mail.digest.planLine', {
            plan: `${p.number} – ${p.title}`,
            share: percent(p.share, language),
            target: percent(p.target, language),
          }),
        ),
      },
      { kind: 'h', text: f('mail.digest.behind') },
      d.behind.length > 0
        ? {
            kind: 'list',
            items: capped(
              d.behind.map((b) =>
                f('mail.digest.behindLine', {
                  unit: b.unitName,
                  count: b.unmet,
                  plan: b.planNumber,
                }),
              ),
              d.behind.length,
              language,
            ),
          }
        : { kind: 'p', text: f('mail.digest.nobehind') },
      { kind: 'h', text: f('mail.digest.missed', { count: d.missedCount }) },
      ...(d.missed.length > 0
        ? [
            {
              kind: 'list',
              items: capped(
                d.missed.map((x) =>
                  f('mail.digest.missedLine', {
                    time: formatDateTime(x.at, language),
                    title: x.itemTitle,
                    unit: x.unitName,
                  }),
                ),
                d.missedCount,
                language,
              ),
            } satisfies Block,
          ]
        : []),
    ]
    const mail = composeMail(
      language,
      f('mail.digest.subject', { week: d.week }),
      greeting(language, d.recipientName),
      blocks,
      adminLink(context, '/scorecard'),
    )
    if (!context.attachments || d.plans.length === 0) return mail
    // Drawn only when the mail is really sent (not to name it in the outbox or the log).
    const chart = await sharp(
      Buffer.from(
        barChartSvg(
          d.plans.map((p) => ({ label: p.number, value: p.share, target: p.target })),
          { title: f('mail.digest.chartTitle') },
        ),
      ),
    )
      .png()
      .toBuffer()
    return {
      ...mail,
      attachments: [
        {
          filename: 'ty-le-dat-chi-tieu.png',
          content: chart,
          contentType: 'image/png',
          cid: 'digest-chart',
        },
      ],
    }
  },
})

export const mailTemplates = [
  broadcastReminderMail,
  airingMissedMail,
  reportReminderMail,
  reportOverdueMail,
  reportEscalationMail,
  weeklyDigestMail,
]
