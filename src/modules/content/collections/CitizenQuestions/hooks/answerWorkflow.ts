import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import type { CitizenQuestion } from '@/payload-types'
import { asSystem } from '@/platform/access/asUser'
import { languageOf } from '@/platform/i18n/catalog'
import { slugs } from '@/platform/slugs'
import { enqueueMail } from '@/modules/messaging'
import { consentToken } from '@/modules/content/domain/consentToken'
import { invalidField } from '@/modules/content/i18n'
import { citizenAnswerMail } from '@/modules/content/mail'

const hasText = (richText: unknown): boolean => JSON.stringify(richText ?? '').includes('"text":"')

/** An answered question needs an answer; who answered and when are recorded. */
export const recordAnswer: CollectionBeforeChangeHook<CitizenQuestion> = ({
  data,
  originalDoc,
  req,
}) => {
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

const SKIP_ANSWER_MAIL = 'skipAnswerMail'

/**
 * Queues the answer for the asker once, when the question is first answered, in the same
 * transaction as the answer: the outbox then sends it (retrying while the mail server is down), and
 * its key ("answer:question:<id>") keeps it to one mail however often the question is saved.
 */
export const mailAnswerToAsker: CollectionAfterChangeHook<CitizenQuestion> = async ({
  doc,
  req,
  context,
}) => {
  if (
    context[SKIP_ANSWER_MAIL] ||
    doc.answerEmailedAt ||
    !(doc.status === 'answered' || doc.status === 'published') ||
    !doc.email
  )
    return doc
  // SYSTEM read: the consent given with the question names the withdrawal link the mail carries.
  const consent = (
    await asSystem(req).find({
      collection: slugs.consents,
      where: { question: { equals: doc.id } },
      limit: 1,
      depth: 0,
    })
  ).docs[0]
  await enqueueMail(
    req.payload,
    {
      key: `answer:question:${doc.id}`,
      template: citizenAnswerMail,
      to: doc.email,
      language: languageOf(doc.language),
      data: {
        name: doc.name ?? '',
        question: doc.question,
        answer: doc.answer,
        withdrawToken: consent ? consentToken(req.payload.secret, consent.id) : undefined,
      },
    },
    req,
  )
  const answerEmailedAt = new Date().toISOString()
  // A system write of the record that the mail is queued (the field is closed to every API).
  await asSystem(req).update({
    collection: slugs.citizenQuestions,
    id: doc.id,
    data: { answerEmailedAt },
    context: { [SKIP_ANSWER_MAIL]: true },
  })
  return { ...doc, answerEmailedAt }
}
