import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { slugs } from '@/platform/slugs'
import { invalidField } from '@/platform/i18n/request'
import { enqueue } from '@/modules/messaging/outbox'

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
 * Queues the answer for the asker once, when the question is first answered, in the same
 * transaction as the answer: the outbox then sends it (retrying while the mail server is down), and
 * its key ("answer:question:<id>") keeps it to one mail however often the question is saved.
 */
export const mailAnswerToAsker: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  if (context.skipAnswerMail || doc.answerEmailedAt || !(doc.status === 'answered' || doc.status === 'published') || !doc.email) return doc
  await enqueue(
    req.payload,
    {
      key: `answer:question:${doc.id}`,
      template: 'citizenAnswer',
      to: doc.email,
      language: doc.language === 'en' ? 'en' : 'vi',
      data: { name: doc.name, question: doc.question, answer: doc.answer, language: doc.language },
    },
    req,
  )
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
}
