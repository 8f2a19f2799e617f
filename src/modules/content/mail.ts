import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

import { escapeHtml } from '@/platform/text/html'
import { formatDateTime } from '@/platform/time'
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

export const mailTemplates = [citizenAnswerMail, scheduledPublishMail]
