import type { CollectionBeforeChangeHook } from 'payload'

import { Forbidden } from 'payload'

import { isStaffUser } from '@/access/roles'

/**
 * Only staff publish. Partners save drafts and ask for review; the Local API without a user
 * (seed, jobs, scheduled publishing) is trusted.
 */
export const refusePartnerPublish: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.user && !isStaffUser(req.user) && data._status === 'published') {
    throw new Forbidden(req.t)
  }
  return data
}
