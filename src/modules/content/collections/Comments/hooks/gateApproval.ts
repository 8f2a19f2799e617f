import type { CollectionBeforeChangeHook } from 'payload'

import type { Comment } from '@/payload-types'
import { assertPublishable } from '@/modules/content/hooks/publicationGate'

/**
 * Approving a comment shows it to the public: only with the commenter's consent to publication, and
 * only once its text was checked for contact details. (The seed's system writes have no user.)
 */
export const gateApproval: CollectionBeforeChangeHook<Comment> = ({ data, originalDoc, req }) => {
  const approving = data.status === 'approved' && originalDoc?.status !== 'approved'
  if (!approving || !req.user) return data
  assertPublishable(req, {
    texts: [data.content ?? originalDoc?.content],
    publishConsent: Boolean(data.consentPublish ?? originalDoc?.consentPublish),
    checkedByStaff: Boolean(data.personalDataChecked ?? originalDoc?.personalDataChecked),
  })
  return data
}
