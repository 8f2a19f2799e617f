import type { CollectionBeforeChangeHook } from 'payload'

/** Remembers who uploaded a file, so they can still edit or remove it later. */
export const setUploader: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && req.user && !data.uploadedBy) data.uploadedBy = req.user.id
  return data
}
