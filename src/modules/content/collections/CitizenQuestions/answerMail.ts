import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

import { escapeHtml } from '@/platform/text/html'
import { translate, type Language } from '@/platform/i18n/messages'

type RichText = Parameters<typeof convertLexicalToPlaintext>[0]['data']


/** The mail that carries a staff answer to the citizen who asked, in the language they asked in. */
export const answerMail = (question: { name: string; question: string; answer?: unknown; language?: string | null }) => {
  const lang = (question.language === 'en' ? 'en' : 'vi') as Language
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) => translate(lang, key, params)
  const answer = question.answer as RichText
  const answerText = answer ? convertLexicalToPlaintext({ data: answer }) : ''
  const answerHtml = answer ? convertLexicalToHTML({ data: answer }) : ''
  return {
    subject: t('question.mailSubject'),
    text: [t('question.mailGreeting', { name: question.name }), '', t('question.mailIntro'), `“${question.question}”`, '', t('question.mailAnswer'), answerText, '', t('question.mailClosing')].join('\n'),
    html: `<p>${escapeHtml(t('question.mailGreeting', { name: question.name }))}</p>
<p>${escapeHtml(t('question.mailIntro'))}</p><blockquote>${escapeHtml(question.question)}</blockquote>
<p><strong>${escapeHtml(t('question.mailAnswer'))}</strong></p>${answerHtml}
<p>${escapeHtml(t('question.mailClosing'))}</p>`,
  }
}
