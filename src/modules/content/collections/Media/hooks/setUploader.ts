import type { CollectionBeforeChangeHook } from 'payload'

import type { Media } from '@/payload-types'

/** Remembers who uploaded a file, so they can still edit or remove it later. */
export const setUploader: CollectionBeforeChangeHook<Media> = ({ data, operation, req }) => {
  if (operation === 'create' && req.user && !data.uploadedBy) data.uploadedBy = req.user.id
  return data
}
