import sharp from 'sharp'

import { answerMail } from '@/modules/content/collections/CitizenQuestions/answerMail'
import { TIME_ZONE } from '@/modules/campaigns/domain/periods'
import { barChartSvg } from '@/modules/campaigns/domain/chart'
import { escapeHtml } from '@/platform/text/html'
import { format, messages, type Language, type MessageKey } from '@/platform/i18n/messages'

/** A mail ready for the transport. */
export type RenderedMail = {
  subject: string
  text: string
  html: string
  attachments?: { filename: string; content: Buffer; contentType: string; cid: string }[]
}

type Iso = string
export type TemplateData = {
  broadcastReminder: { recipientName: string; unitName?: string; itemId: number | string; itemTitle: string; outletName: string; channel: string; at: Iso; durationMinutes: number }
  airingMissed: { recipientName: string; unitName?: string; itemId: number | string; airingId?: number | string | null; itemTitle: string; outletName: string; at: Iso; hours: number }
  reportReminder: { recipientName: string; unitName?: string; planId: number | string; planNumber: string; planTitle: string; periodLabel: string; deadline: Iso; days: number }
  reportOverdue: { recipientName: string; unitName?: string; planId: number | string; planNumber: string; planTitle: string; periodLabel: string; deadline: Iso }
  reportEscalation: { recipientName: string; lateUnitId: number | string; lateUnitName: string; planId: number | string; planNumber: string; planTitle: string; periodLabel: string; deadline: Iso; daysLate: number }
  scheduledPublish: { recipientName: string; collection: string; docId: number | string; title: string; at: Iso; type: 'publish' | 'unpublish' }
  weeklyDigest: {
    recipientName: string
    week: string
    from: Iso
    to: Iso
    scopeName: string | null
    published: { title: string; publishedAt: Iso; id: number | string }[]
    publishedCount: number
    periodLabel: string
    plans: { id: number | string; number: string; title: string; share: number | null; target: number }[]
    behind: { unitName: string; planNumber: string; unmet: number }[]
    missed: { itemTitle: string; unitName: string; at: Iso }[]
    missedCount: number
  }
  citizenAnswer: { name: string; question: string; answer?: unknown; language?: string | null }
}
export type TemplateName = keyof TemplateData
export const templateNames = [
  'broadcastReminder',
  'airingMissed',
  'reportReminder',
  'reportOverdue',
  'reportEscalation',
  'scheduledPublish',
  'weeklyDigest',
  'citizenAnswer',
] as const satisfies readonly TemplateName[]

/** "08:30 22/11/2026" (vi) or "22/11/2026, 08:30" (en), on the province's clock. */
export const formatDateTime = (iso: Iso, language: Language): string =>
  new Intl.DateTimeFormat(language === 'vi' ? 'vi-VN' : 'en-GB', {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(iso))

const formatDate = (iso: Iso, language: Language): string =>
  new Intl.DateTimeFormat(language === 'vi' ? 'vi-VN' : 'en-GB', { timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(iso))

const percent = (value: number | null, language: Language): string =>
  value === null ? '–' : `${new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 }).format(value)}%`

type Block = { kind: 'p'; text: string } | { kind: 'h'; text: string } | { kind: 'list'; items: string[] } | { kind: 'image'; cid: string; alt: string }

/** One layout for every mail: greeting, blocks, a button into the admin, the footer. Text is escaped. */
const compose = (language: Language, subject: string, greeting: string, blocks: Block[], link: string | null): RenderedMail => {
  const t = (key: MessageKey) => messages[language][key]
  const html = blocks
    .map((block) => {
      if (block.kind === 'p') return `<p style="margin:0 0 12px">${escapeHtml(block.text)}</p>`
      if (block.kind === 'h') return `<h3 style="margin:18px 0 8px;font-size:15px">${escapeHtml(block.text)}</h3>`
      if (block.kind === 'image') return `<p><img src="cid:${block.cid}" alt="${escapeHtml(block.alt)}" style="max-width:100%"></p>`
      return `<ul style="margin:0 0 12px;padding-left:20px">${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`
    })
    .join('\n')
  const text = blocks
    .map((block) => (block.kind === 'list' ? block.items.map((item) => `- ${item}`).join('\n') : block.kind === 'image' ? '' : block.text))
    .filter(Boolean)
  return {
    subject,
    text: [greeting, '', ...text.flatMap((line) => [line, '']), ...(link ? [`${t('mail.open')}: ${link}`, ''] : []), '--', t('mail.footer')].join('\n'),
    html: `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#111827;background:#f3f4f6;margin:0;padding:16px">
<div style="max-width:640px;margin:0 auto;background:#ffffff;border-top:4px solid #b91c1c;padding:20px">
<p style="margin:0 0 12px">${escapeHtml(greeting)}</p>
${html}
${link ? `<p style="margin:20px 0"><a href="${escapeHtml(link)}" style="background:#b91c1c;color:#ffffff;padding:10px 16px;text-decoration:none;border-radius:4px">${escapeHtml(t('mail.open'))}</a></p>` : ''}
<p style="margin:24px 0 0;font-size:12px;color:#6b7280">${escapeHtml(t('mail.footer'))}</p>
</div></body></html>`,
  }
}

const LIST_MAX = 10

/** At most ten lines, then "… and N more". */
const capped = (items: string[], total: number, language: Language): string[] =>
  total > items.length || items.length > LIST_MAX
    ? [...items.slice(0, LIST_MAX), format(messages[language]['mail.digest.more'], { count: total - Math.min(items.length, LIST_MAX) })]
    : items

/**
 * Renders a stored notification in the recipient's language. Rendering happens when the message is
 * sent, from the data kept in the outbox, so a message held while SMTP was down reads the same later.
 * `attachments: false` skips drawing images (for the subject shown in the outbox, or the log).
 */
export const renderMail = async <N extends TemplateName>(
  template: N,
  input: TemplateData[N],
  language: Language,
  adminUrl: string,
  { attachments = true }: { attachments?: boolean } = {},
): Promise<RenderedMail> => {
  const m = messages[language]
  const f = (key: MessageKey, params: Record<string, string | number> = {}) => format(m[key], params)
  const admin = (path: string) => `${adminUrl.replace(/\/$/, '')}/admin${path}`
  const unitLine = (unitName?: string): Block[] => (unitName ? [{ kind: 'p', text: f('mail.unit', { unit: unitName }) }] : [])
  const channelName = (channel: string) => (m[`channel.${channel}` as MessageKey] as string | undefined) ?? channel

  switch (template) {
    case 'broadcastReminder': {
      const d = input as TemplateData['broadcastReminder']
      const time = formatDateTime(d.at, language)
      return compose(language, f('mail.reminder.subject', { title: d.itemTitle, time }), f('mail.greeting', { name: d.recipientName }), [
        ...unitLine(d.unitName),
        { kind: 'p', text: f('mail.reminder.body', { outlet: d.outletName, title: d.itemTitle, channel: channelName(d.channel), time, minutes: d.durationMinutes }) },
        { kind: 'p', text: f('mail.reminder.ask') },
      ], admin(`/collections/broadcast-items/${d.itemId}`))
    }
    case 'airingMissed': {
      const d = input as TemplateData['airingMissed']
      const time = formatDateTime(d.at, language)
      return compose(language, f('mail.missed.subject', { title: d.itemTitle, time }), f('mail.greeting', { name: d.recipientName }), [
        ...unitLine(d.unitName),
        { kind: 'p', text: f('mail.missed.body', { outlet: d.outletName, title: d.itemTitle, time, hours: d.hours }) },
        { kind: 'p', text: f('mail.missed.ask') },
      ], admin(d.airingId ? `/collections/airings/${d.airingId}` : `/collections/broadcast-items/${d.itemId}`))
    }
    case 'reportReminder': {
      const d = input as TemplateData['reportReminder']
      const params = { period: d.periodLabel, plan: d.planNumber, planTitle: d.planTitle, deadline: formatDateTime(d.deadline, language), days: d.days }
      return compose(language, f('mail.reportReminder.subject', params), f('mail.greeting', { name: d.recipientName }), [...unitLine(d.unitName), { kind: 'p', text: f('mail.reportReminder.body', params) }], admin('/collections/unit-reports/create'))
    }
    case 'reportOverdue': {
      const d = input as TemplateData['reportOverdue']
      const params = { period: d.periodLabel, plan: d.planNumber, planTitle: d.planTitle, deadline: formatDateTime(d.deadline, language) }
      return compose(language, f('mail.reportOverdue.subject', params), f('mail.greeting', { name: d.recipientName }), [...unitLine(d.unitName), { kind: 'p', text: f('mail.reportOverdue.body', params) }], admin('/collections/unit-reports/create'))
    }
    case 'reportEscalation': {
      const d = input as TemplateData['reportEscalation']
      const params = { unit: d.lateUnitName, period: d.periodLabel, plan: d.planNumber, planTitle: d.planTitle, deadline: formatDateTime(d.deadline, language), days: d.daysLate }
      return compose(language, f('mail.escalation.subject', params), f('mail.greeting', { name: d.recipientName }), [{ kind: 'p', text: f('mail.escalation.body', params) }], admin(`/scorecard?plan=${d.planId}`))
    }
    case 'scheduledPublish': {
      const d = input as TemplateData['scheduledPublish']
      const params = { title: d.title, time: formatDateTime(d.at, language) }
      const [subject, body] = d.type === 'publish' ? (['mail.published.subject', 'mail.published.body'] as const) : (['mail.unpublished.subject', 'mail.unpublished.body'] as const)
      return compose(language, f(subject, params), f('mail.greeting', { name: d.recipientName }), [{ kind: 'p', text: f(body, params) }], admin(`/collections/${d.collection}/${d.docId}`))
    }
    case 'weeklyDigest': {
      const d = input as TemplateData['weeklyDigest']
      const blocks: Block[] = [
        { kind: 'p', text: f('mail.digest.intro', { from: formatDate(d.from, language), to: formatDate(new Date(new Date(d.to).getTime() - 1).toISOString(), language), scope: d.scopeName ?? f('mail.digest.allUnits') }) },
        { kind: 'h', text: f('mail.digest.published', { count: d.publishedCount }) },
        d.published.length > 0
          ? { kind: 'list', items: capped(d.published.map((a) => `${formatDate(a.publishedAt, language)} – ${a.title}`), d.publishedCount, language) }
          : { kind: 'p', text: f('mail.digest.nonepublished') },
        { kind: 'h', text: f('mail.digest.plans', { period: d.periodLabel }) },
        ...(d.plans.length > 0 ? [{ kind: 'image', cid: 'digest-chart', alt: f('mail.digest.chartAlt') } as Block] : []),
        { kind: 'list', items: d.plans.map((p) => f('mail.digest.planLine', { plan: `${p.number} – ${p.title}`, share: percent(p.share, language), target: percent(p.target, language) })) },
        { kind: 'h', text: f('mail.digest.behind') },
        d.behind.length > 0
          ? { kind: 'list', items: capped(d.behind.map((b) => f('mail.digest.behindLine', { unit: b.unitName, count: b.unmet, plan: b.planNumber })), d.behind.length, language) }
          : { kind: 'p', text: f('mail.digest.nobehind') },
        { kind: 'h', text: f('mail.digest.missed', { count: d.missedCount }) },
        ...(d.missed.length > 0 ? [{ kind: 'list', items: capped(d.missed.map((x) => f('mail.digest.missedLine', { time: formatDateTime(x.at, language), title: x.itemTitle, unit: x.unitName })), d.missedCount, language) } as Block] : []),
      ]
      const mail = compose(language, f('mail.digest.subject', { week: d.week }), f('mail.greeting', { name: d.recipientName }), blocks, admin('/scorecard'))
      if (!attachments || d.plans.length === 0) return mail
      // Drawn only when the mail is really sent (not to name it in the outbox or the log).
      const chart = await sharp(Buffer.from(barChartSvg(d.plans.map((p) => ({ label: p.number, value: p.share, target: p.target })), { title: f('mail.digest.chartTitle') })))
        .png()
        .toBuffer()
      return { ...mail, attachments: [{ filename: 'ty-le-dat-chi-tieu.png', content: chart, contentType: 'image/png', cid: 'digest-chart' }] }
    }
    case 'citizenAnswer':
      return answerMail(input as TemplateData['citizenAnswer'])
    default:
      throw new Error(`Unknown mail template: ${String(template)}`)
  }
}
