import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { slugs } from '../../../constants/slugs'
import { invalidField } from '../../../i18n/request'
import { answerMail } from '../answerMail'

const hasText = (richText: unknown): boolean => JSON.stringify(richText ?? '').includes('"text":"')

/** An answered question needs an answer; who answered and when are recorded. */
export const recordAnswer: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const status = data.status ?? originalDoc?.status
  const answer = data.answer !== undefined ? data.answer : originalDoc?.answer
  if ((status === 'answered' || status === 'published') && !hasText(answer)) {
    throw invalidField(req, slugs.citizenQuestions, 'answer', 'question.answerRequired')
  }
  if (status === 'answered' && originalDoc?.status !== 'answered') {
    data.answeredAt = new Date().toISOString()
    if (req.user) data.answeredBy = req.user.id
  }
  return data
}

/**
 * Mails the answer to the asker once, when the question is first answered. A failed send does not
 * undo the staff's work: it is logged and the question stays unmarked, so the next save retries.
 */
export const mailAnswerToAsker: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  if (context.skipAnswerMail || doc.answerEmailedAt || !(doc.status === 'answered' || doc.status === 'published') || !doc.email) return doc
  try {
    await req.payload.sendEmail({ to: doc.email, ...answerMail(doc) })
    const answerEmailedAt = new Date().toISOString()
    await req.payload.update({
      collection: slugs.citizenQuestions,
      id: doc.id,
      data: { answerEmailedAt },
      overrideAccess: true,
      context: { skipAnswerMail: true },
      req,
    })
    return { ...doc, answerEmailedAt }
  } catch (error) {
    req.payload.logger.error({ err: error, question: doc.id }, 'Could not mail the answer to a citizen question')
    return doc
  }
}
