import type { Payload } from 'payload'

import { languageOf, type Language, type MessageParams } from '@/platform/i18n/catalog'
import {
  appExtensions,
  type MailContext,
  type MailTemplate,
  type RenderedMail,
} from '@/platform/module'
import { escapeHtml } from '@/platform/text/html'

import { translate } from './i18n'

/** Declares a mail a module sends. Register it by listing it in the module's `mailTemplates`. */
export const defineMailTemplate = <Data>(template: MailTemplate<Data>): MailTemplate<Data> =>
  template

export type Block =
  | { kind: 'p'; text: string }
  | { kind: 'h'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'image'; cid: string; alt: string }

/** A link into the admin, on the deployment's public address. */
export const adminLink = (context: MailContext, path: string): string =>
  `${context.adminUrl.replace(/\/$/, '')}/admin${path}`

/** "Đơn vị: …" under the greeting, when the mail is about a unit. */
export const unitLine = (language: Language, unitName?: string): Block[] =>
  unitName ? [{ kind: 'p', text: translate(language, 'mail.unit', { unit: unitName }) }] : []

export const greeting = (language: Language, name: string): string =>
  translate(language, 'mail.greeting', { name })

/** One layout for every mail: greeting, blocks, a button into the admin, the footer. Text is escaped. */
export const composeMail = (
  language: Language,
  subject: string,
  greetingLine: string,
  blocks: Block[],
  link: string | null,
): RenderedMail => {
  const open = translate(language, 'mail.open')
  const footer = translate(language, 'mail.footer')
  const html = blocks
    .map((block) => {
      if (block.kind === 'p') return `<p style="margin:0 0 12px">${escapeHtml(block.text)}</p>`
      if (block.kind === 'h')
        return `<h3 style="margin:18px 0 8px;font-size:15px">${escapeHtml(block.text)}</h3>`
      if (block.kind === 'image')
        return `<p><img src="cid:${block.cid}" alt="${escapeHtml(block.alt)}" style="max-width:100%"></p>`
      return `<ul style="margin:0 0 12px;padding-left:20px">${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`
    })
    .join('\n')
  const text = blocks
    .map((block) =>
      block.kind === 'list'
        ? block.items.map((item) => `- ${item}`).join('\n')
        : block.kind === 'image'
          ? ''
          : block.text,
    )
    .filter(Boolean)
  return {
    subject,
    text: [
      greetingLine,
      '',
      ...text.flatMap((line) => [line, '']),
      ...(link ? [`${open}: ${link}`, ''] : []),
      '--',
      footer,
    ].join('\n'),
    html: `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#111827;background:#f3f4f6;margin:0;padding:16px">
<div style="max-width:640px;margin:0 auto;background:#ffffff;border-top:4px solid #b91c1c;padding:20px">
<p style="margin:0 0 12px">${escapeHtml(greetingLine)}</p>
${html}
${link ? `<p style="margin:20px 0"><a href="${escapeHtml(link)}" style="background:#b91c1c;color:#ffffff;padding:10px 16px;text-decoration:none;border-radius:4px">${escapeHtml(open)}</a></p>` : ''}
<p style="margin:24px 0 0;font-size:12px;color:#6b7280">${escapeHtml(footer)}</p>
</div></body></html>`,
  }
}

const LIST_MAX = 10

/** At most ten lines, then "… and N more". */
export const capped = (items: string[], total: number, language: Language): string[] =>
  total > items.length || items.length > LIST_MAX
    ? [
        ...items.slice(0, LIST_MAX),
        translate(language, 'mail.more', {
          count: total - Math.min(items.length, LIST_MAX),
        } satisfies MessageParams),
      ]
    : items

export class UnknownMailTemplate extends Error {
  constructor(readonly template: string) {
    super(`Unknown mail template: ${template}`)
    this.name = 'UnknownMailTemplate'
  }
}

/** A registered template by the name the outbox stored. */
export const mailTemplate = (
  payload: Pick<Payload, 'config'>,
  name: string,
): MailTemplate<unknown> => {
  const template = appExtensions(payload).mailTemplates.find((candidate) => candidate.name === name)
  if (!template) throw new UnknownMailTemplate(name)
  return template as MailTemplate<unknown>
}

/**
 * Renders a stored notification in the recipient's language. Rendering happens when the message is
 * sent, from the data kept in the outbox, so a message held while SMTP was down reads the same later.
 * `attachments: false` skips drawing images (for the subject shown in the outbox, or the log).
 */
export const renderMail = async (
  payload: Pick<Payload, 'config'>,
  name: string,
  data: unknown,
  language: string | null | undefined,
  adminUrl: string,
  { attachments = true }: { attachments?: boolean } = {},
): Promise<RenderedMail> =>
  mailTemplate(payload, name).render(data, {
    language: languageOf(language),
    adminUrl,
    attachments,
  })
