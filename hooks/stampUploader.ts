import type { CollectionBeforeChangeHook } from 'payload'

/** Records who uploaded a file; ownership of media follows from it. */
export const stampUploader: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && req.user) data.uploadedBy = req.user.id
  return data
}
