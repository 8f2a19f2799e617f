import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook } from 'payload'

import { isAdminUser, type RoleHolder } from '@/platform/access/roles'
import { subtreeUnitIds } from '@/modules/organisation/access/unitScope'
import { decideReview, type ReviewState } from '@/modules/content/domain/workflow'
import { relationId } from '@/platform/fields/relationId'
import { t } from '@/platform/i18n/request'

const DRAFT_SAVE = 'editorialDraftSave'

/** Whether the write under way only saved a draft (the published version, if any, is unchanged). */
export const isDraftSave = (req: { context: Record<string, unknown> }): boolean => req.context[DRAFT_SAVE] === true

/** Remembers whether this write only saves a draft (Payload tells operation hooks, not change hooks). */
export const rememberDraftSave: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' || operation === 'update' || operation === 'updateByID') {
    req.context[DRAFT_SAVE] = Boolean((args as { draft?: boolean }).draft)
  }
  return args
}

/**
 * Enforces the workflow on every save, whatever the path (admin, REST, scheduled job): only those
 * allowed may publish or unpublish, review states move as the workflow says, content stays within
 * the writer's units, and the trail (author, reviewer, publication date) is filled in.
 */
export const enforceEditorialWorkflow: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, collection }) => {
  const user = req.user as (RoleHolder & { id: number | string; canPublish?: boolean }) | null
  // System writes (seed, migrations) carry no user and are trusted.
  if (!user) return data

  const draftSave = Boolean(req.context[DRAFT_SAVE])
  const wasPublished = originalDoc?._status === 'published'
  const publishing = data._status === 'published'
  const unpublishing = wasPublished && data._status === 'draft' && !draftSave

  if (!isAdminUser(user) && data.unit !== undefined) {
    const unitId = relationId(data.unit)
    const allowed = await subtreeUnitIds(req)
    if (unitId === null || !allowed.some((id) => String(id) === String(unitId))) {
      throw new APIError(t(req, 'review.unitOutOfScope'), 403, undefined, true)
    }
  }

  const from = (originalDoc?.reviewStatus ?? 'draft') as ReviewState
  const requested = (data.reviewStatus ?? from) as ReviewState
  const decision = decideReview({
    actor: user,
    from,
    requested,
    publishing: publishing || unpublishing,
    comment: data.reviewComment ?? originalDoc?.reviewComment,
  })
  if (!decision.ok) {
    const status = decision.problem === 'commentRequired' ? 400 : 403
    throw new APIError(t(req, `review.${decision.problem}`, { collection: collection.slug }), status, undefined, true)
  }

  data.reviewStatus = unpublishing ? 'draft' : decision.state
  if (operation === 'create') data.author = user.id
  data.lastModifiedBy = user.id
  if (publishing) {
    data.reviewedBy = user.id
    data.publishedAt ??= originalDoc?.publishedAt ?? new Date().toISOString()
  }
  return data
}
