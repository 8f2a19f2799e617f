import type { Payload, TypedUser } from 'payload'
import React from 'react'

import { WorkflowButtons } from '@/platform/admin/WorkflowButtons'
import type { slugs } from '@/platform/slugs'
import { editorialActions } from '@/modules/content/domain/workflow'
import { isLive } from '@/modules/content/endpoints/workflowActions'
import { translate } from '@/modules/content/i18n'

type Props = {
  id?: number | string
  payload: Payload
  user?: TypedUser | null
  i18n: { language: string }
  collection: typeof slugs.articles | typeof slugs.faqs
}

/**
 * The editorial workflow's buttons on an article or FAQ (server side, so the page shows what the
 * workflow rule allows this reader on the saved document, and again after each step).
 */
export const EditorialActions = async ({ id, payload, user, i18n, collection }: Props) => {
  if (id === undefined || !user) return null
  const latest = await payload.findByID({
    collection,
    id,
    depth: 0,
    draft: true,
    user,
    overrideAccess: false,
    disableErrors: true,
  })
  if (!latest) return null
  const actions = editorialActions({
    actor: user,
    state: latest.reviewStatus ?? 'draft',
    live: await isLive(payload, collection, id),
  })
  const tr = (key: Parameters<typeof translate>[1]) => translate(i18n.language, key)
  return (
    <WorkflowButtons
      path={`${payload.config.routes.api}/${collection}/${id}/actions`}
      actions={actions.map((name) => ({
        name,
        label: tr(`review.action.${name}`),
        needsReason: name === 'return',
      }))}
      texts={{
        group: tr('review.actions'),
        saveFirst: tr('review.saveFirst'),
        dialogTitle: tr('review.returnDialog.title'),
        reason: tr('review.returnDialog.reason'),
        reasonRequired: tr('review.commentRequired'),
        cancel: tr('review.returnDialog.cancel'),
      }}
    />
  )
}
