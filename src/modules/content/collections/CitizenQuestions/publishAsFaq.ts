import { APIError, commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { asUser } from '@/platform/access/asUser'
import { unitIdOf, type RoleHolder } from '@/platform/access/roles'
import { slugs } from '@/platform/slugs'
import { canPublish, type EditorialActor } from '@/modules/content/domain/workflow'
import { relationId } from '@/platform/fields/relationId'
import { t } from '@/platform/i18n/request'

/**
 * Turns an answered citizen question into a published FAQ in one step: the FAQ gets the question,
 * the answer and the field (never the asker's name or contact), and the question points at it.
 */
export const publishQuestionAsFaq = async (req: PayloadRequest, questionId: number | string) => {
  if (!canPublish(req.user as EditorialActor)) throw new APIError(t(req, 'review.publishNotAllowed'), 403, undefined, true)
  const api = asUser(req)
  const question = await api.findByID({ collection: slugs.citizenQuestions, id: questionId, depth: 0 })
  if (question.faq) throw new APIError(t(req, 'question.alreadyPublished'), 409, undefined, true)
  if (question.status !== 'answered') throw new APIError(t(req, 'question.notAnswered'), 400, undefined, true)

  const ownTransaction = await initTransaction(req)
  try {
    const faq = await api.create({
      collection: slugs.faqs,
      data: {
        question: question.question,
        answer: question.answer!,
        procedureField: relationId(question.procedureField) as number,
        unit: (relationId(question.assignedUnit) ?? unitIdOf(req.user as RoleHolder)) as number,
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
