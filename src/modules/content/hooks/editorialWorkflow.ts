import type { CollectionBeforeChangeHook } from 'payload'

import type { Article, Faq } from '@/payload-types'
import { reaches } from '@/modules/organisation'
import { relationId } from '@/platform/fields/relationId'
import { isAdminUser } from '@/platform/roles'
import { decideReview } from '@/modules/content/domain/workflow'
import { liveChange } from '@/modules/content/hooks/liveState'
import { refused } from '@/modules/content/i18n'

/**
 * Enforces the workflow on every save, whatever the path (admin, REST, scheduled job): only those
 * allowed may publish or unpublish, review states move as the workflow says, content stays within
 * the writer's units, and the trail (author, reviewer, publication date) is filled in.
 */
export const enforceEditorialWorkflow: CollectionBeforeChangeHook<Article | Faq> = async ({
  data,
  originalDoc,
  operation,
  req,
  collection,
}) => {
  const user = req.user
  // System writes (seed, migrations) carry no user and are trusted.
  if (!user) return data

  // The one rule for what this save does to the public site (see liveState.ts).
  const change = liveChange(req, collection.slug, originalDoc?.id, data)
  const publishing = change === 'published' || change === 'updated'
  const unpublishing = change === 'unpublished'

  if (
    !isAdminUser(user) &&
    data.unit !== undefined &&
    !(await reaches(req, relationId(data.unit)))
  ) {
    throw refused(req, 'review.unitOutOfScope', undefined, 403)
  }

  const from = originalDoc?.reviewStatus ?? 'draft'
  const requested = data.reviewStatus ?? from
  const decision = decideReview({
    actor: user,
    from,
    requested,
    publishing: publishing || unpublishing,
    comment: data.reviewComment ?? originalDoc?.reviewComment,
  })
  if (!decision.ok) {
    const status =
      decision.problem === 'commentRequired' || decision.problem === 'publishWithButton' ? 400 : 403
    throw refused(req, `review.${decision.problem}`, { collection: collection.slug }, status)
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
