import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { asUser } from '@/platform/access/asUser'
import { relationId, storedId } from '@/platform/fields/relationId'
import { slugs } from '@/platform/slugs'
import { unitIdOf } from '@/modules/organisation'
import { canPublish } from '@/modules/content/domain/workflow'
import { assertPublishable } from '@/modules/content/hooks/publicationGate'
import { refused } from '@/modules/content/i18n'

/**
 * Turns an answered citizen question into a published FAQ in one step: the FAQ gets the question,
 * the answer and the field (never the asker's name or contact), and the question points at it. Only
 * with the asker's consent to publication, and once the texts were checked for contact details.
 */
export const publishQuestionAsFaq = async (req: PayloadRequest, questionId: number | string) => {
  if (!canPublish(req.user)) throw refused(req, 'review.publishNotAllowed', undefined, 403)
  const api = asUser(req)
  const question = await api.findByID({
    collection: slugs.citizenQuestions,
    id: questionId,
    depth: 0,
  })
  if (question.faq) throw refused(req, 'question.alreadyPublished', undefined, 409)
  if (question.status !== 'answered') throw refused(req, 'question.notAnswered')

  const unit = relationId(question.assignedUnit) ?? unitIdOf(req.user)
  const procedureField = relationId(question.procedureField)
  if (unit === null) throw refused(req, 'question.unitRequired')
  if (procedureField === null) throw refused(req, 'question.notAnswered')
  assertPublishable(req, {
    texts: [question.question, convertLexicalToPlaintext({ data: question.answer! })],
    publishConsent: Boolean(question.consentPublish),
    checkedByStaff: Boolean(question.personalDataChecked),
  })

  const ownTransaction = await initTransaction(req)
  try {
    const faq = await api.create({
      collection: slugs.faqs,
      data: {
        question: question.question,
        answer: question.answer!,
        procedureField: storedId(procedureField),
        unit: storedId(unit),
        sourceQuestion: question.id,
        _status: 'published',
      },
      depth: 0,
    })
    await api.update({
      collection: slugs.citizenQuestions,
      id: question.id,
      data: { status: 'published', faq: faq.id },
      depth: 0,
    })
    if (ownTransaction) await commitTransaction(req)
    return faq
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
}
