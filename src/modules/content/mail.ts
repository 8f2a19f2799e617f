import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

import { escapeHtml } from '@/platform/text/html'
import { formatDate, formatDateTime } from '@/platform/time'
import { adminLink, composeMail, defineMailTemplate, greeting } from '@/modules/messaging'

import { label, translate, type TextKey } from './i18n'

type RichText = Parameters<typeof convertLexicalToPlaintext>[0]['data']

/** The page where a person withdraws the consent a mail was sent under (every mail to a citizen). */
export const withdrawalLink = (baseUrl: string, token: string, language: string): string =>
  `${baseUrl.replace(/\/$/, '')}/privacy/withdraw?token=${encodeURIComponent(token)}&lang=${language}`

/** A staff answer, to the citizen who asked, in the language they asked in. */
export const citizenAnswerMail = defineMailTemplate<{
  name: string
  question: string
  answer?: unknown
  /** Signed token of the consent given with the question: the mail's withdrawal link. */
  withdrawToken?: string
}>({
  name: 'citizenAnswer',
  label: label('mail.template.citizenAnswer'),
  render: ({ name, question, answer, withdrawToken }, context) => {
    const { language } = context
    const t = (key: TextKey, params?: Record<string, string>) => translate(language, key, params)
    // The answer is Lexical rich text as the admin stored it.
    const richText = answer ? (answer as RichText) : null
    const answerText = richText ? convertLexicalToPlaintext({ data: richText }) : ''
    const answerHtml = richText ? convertLexicalToHTML({ data: richText }) : ''
    const withdrawUrl = withdrawToken
      ? withdrawalLink(context.adminUrl, withdrawToken, language)
      : null
    const withdrawLine = withdrawUrl ? t('mail.withdrawConsent', { url: withdrawUrl }) : null
    return {
      subject: t('question.mailSubject'),
      text: [
        t('question.mailGreeting', { name }),
        '',
        t('question.mailIntro'),
        `“${question}”`,
        '',
        t('question.mailAnswer'),
        answerText,
        '',
        t('question.mailClosing'),
        ...(withdrawLine ? ['', withdrawLine] : []),
      ].join('\n'),
      html: `<p>${escapeHtml(t('question.mailGreeting', { name }))}</p>
<p>${escapeHtml(t('question.mailIntro'))}</p><blockquote>${escapeHtml(question)}</blockquote>
<p><strong>${escapeHtml(t('question.mailAnswer'))}</strong></p>${answerHtml}
<p>${escapeHtml(t('question.mailClosing'))}</p>${
        withdrawUrl
          ? `\n<p style="font-size:12px;color:#555">${escapeHtml(t('mail.withdrawConsent.html'))} <a href="${escapeHtml(withdrawUrl)}">${escapeHtml(withdrawUrl)}</a></p>`
          : ''
      }`,
    }
  },
})

/** To whoever scheduled a publish or unpublish: it happened. */
export const scheduledPublishMail = defineMailTemplate<{
  recipientName: string
  collection: string
  docId: number | string
  title: string
  at: string
  type: 'publish' | 'unpublish'
}>({
  name: 'scheduledPublish',
  label: label('mail.template.scheduledPublish'),
  render: (d, context) => {
    const { language } = context
    const params = { title: d.title, time: formatDateTime(d.at, language) }
    const [subject, body] =
      d.type === 'publish'
        ? (['mail.published.subject', 'mail.published.body'] as const)
        : (['mail.unpublished.subject', 'mail.unpublished.body'] as const)
    return composeMail(
      language,
      translate(language, subject, params),
      greeting(language, d.recipientName),
      [{ kind: 'p', text: translate(language, body, params) }],
      adminLink(context, `/collections/${d.collection}/${d.docId}`),
    )
  },
})

/** The privacy notice page, in the reader's language. */
export const privacyLink = (baseUrl: string, language: string): string =>
  `${baseUrl.replace(/\/$/, '')}/privacy?lang=${language}`

/** To a person who filed a personal-data request: it is acknowledged, and when it will be done. */
export const requestAcknowledgedMail = defineMailTemplate<{
  name: string
  requestId: number | string
  kind: string
  dueAt: string
}>({
  name: 'personalDataRequestAcknowledged',
  label: label('mail.template.pdrAcknowledged'),
  render: (d, context) => {
    const { language } = context
    const params = {
      id: String(d.requestId),
      kind: translate(language, `pdr.kind.${d.kind}` as TextKey),
      due: formatDate(d.dueAt, language),
    }
    const notice = privacyLink(context.adminUrl, language)
    const form = `${context.adminUrl.replace(/\/$/, '')}/privacy/request?lang=${language}`
    return composeMail(
      language,
      translate(language, 'pdr.mail.ack.subject', params),
      translate(language, 'pdr.mail.ack.greeting', {
        name: d.name || translate(language, 'pdr.mail.ack.anonymous'),
      }),
      [
        { kind: 'p', text: translate(language, 'pdr.mail.ack.body', params) },
        { kind: 'p', text: translate(language, 'pdr.mail.ack.notice', { url: notice }) },
        { kind: 'p', text: translate(language, 'pdr.mail.ack.withdraw', { url: form }) },
      ],
      null,
    )
  },
})

/** To the staff handling a personal-data request: a deadline is about to pass, or has passed. */
export const requestReminderMail = defineMailTemplate<{
  recipientName: string
  requestId: number | string
  kind: string
  reminder: 'ackSoon' | 'ackOverdue' | 'dueSoon' | 'dueOverdue'
  deadline: string
}>({
  name: 'personalDataRequestReminder',
  label: label('mail.template.pdrReminder'),
  render: (d, context) => {
    const { language } = context
    const params = {
      id: String(d.requestId),
      kind: translate(language, `pdr.kind.${d.kind}` as TextKey),
      deadline: formatDateTime(d.deadline, language),
    }
    return composeMail(
      language,
      translate(language, `pdr.mail.${d.reminder}.subject`, params),
      greeting(language, d.recipientName),
      [{ kind: 'p', text: translate(language, `pdr.mail.${d.reminder}.body`, params) }],
      adminLink(context, `/collections/personal-data-requests/${d.requestId}`),
    )
  },
})

export const mailTemplates = [
  citizenAnswerMail,
  scheduledPublishMail,
  requestAcknowledgedMail,
  requestReminderMail,
]
