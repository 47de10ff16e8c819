import type { Access } from 'payload'

import { isStaffUser } from './roles'

/** Visitors and partners read what is published; staff read drafts too. */
export const publishedOrStaff: Access = ({ req: { user } }) =>
  isStaffUser(user) ? true : { _status: { equals: 'published' } }
