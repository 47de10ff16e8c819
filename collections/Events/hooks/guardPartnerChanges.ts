import type { CollectionBeforeChangeHook } from 'payload'

import { Forbidden, ValidationError } from 'payload'

import { businessIdsOf } from '@/access/businessIdsOf'
import { isStaffUser } from '@/access/roles'
import { customKey } from '@/i18n/adminTranslations'
import { idOf } from '@/lib/idOf'
import type { ReviewStatus } from '@/lib/taxonomy'

/** The review states a partner may move an event into. */
const partnerStates: ReviewStatus[] = ['draft', 'pending']

/**
 * What a partner may do to an event beyond "it is theirs" (access/ownEvents): keep it organised
 * by one of their own businesses, and move its review state only to draft or pending. An
 * unchanged state is kept, except that any change to an approved (live) event sends it back to
 * draft: it needs approval again, while the published version stays up (forcePartnerDrafts).
 *
 * In a collection beforeChange hook `data` already holds every field (Payload fills what the
 * request left out from the document), so "unchanged" means equal to `originalDoc`.
 */
export const guardPartnerChanges: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const user = req.user
  if (!user || isStaffUser(user)) return data

  const organizer = idOf(data.organizer ?? originalDoc?.organizer)
  if (organizer === undefined || !businessIdsOf(user).includes(Number(organizer))) {
    throw new ValidationError({
      errors: [{ path: 'organizer', message: req.t(customKey('chooseOwnBusiness')) }],
    })
  }

  const before: ReviewStatus = originalDoc?.reviewStatus ?? 'draft'
  const requested: ReviewStatus = data.reviewStatus ?? before
  if (requested !== before && !partnerStates.includes(requested)) throw new Forbidden(req.t)
  data.reviewStatus = requested === 'approved' ? 'draft' : requested

  if (data.reviewStatus === 'pending' && before !== 'pending') {
    // Drafts skip validation, so a submission is checked for what an editor needs to review it.
    const missing = ['title', 'startsAt', 'category'].filter((f) => !String(data[f] ?? '').trim())
    if (missing.length > 0) {
      throw new ValidationError({
        errors: missing.map((path) => ({ path, message: req.t('validation:required') })),
      })
    }
  }
  return data
}
