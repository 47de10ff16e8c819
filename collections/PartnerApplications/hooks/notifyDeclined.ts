import type { CollectionAfterChangeHook } from 'payload'

import type { PartnerApplication } from '@/payload-types'

import { defaultLocale, isLocale } from '@/i18n/locales'
import { sendLocalized } from '@/lib/email/sendLocalized'
import { absoluteUrl, urls } from '@/lib/urls'

/**
 * Declining a new application (an editor sets `status: declined`) tells the applicant, in the
 * language they applied in, with the way to reach the editors if they think it was a mistake.
 * Only a decision on a new application is sent: undoing an acceptance is a matter for the people
 * involved, not a form letter.
 */
export const notifyDeclined: CollectionAfterChangeHook<PartnerApplication> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || doc.status !== 'declined' || previousDoc?.status !== 'new')
    return doc
  const locale = isLocale(doc.locale) ? doc.locale : defaultLocale
  await sendLocalized(req.payload, {
    to: doc.email,
    locale,
    template: 'declined',
    values: { name: doc.contact, company: doc.company },
    url: absoluteUrl(urls.contact(locale)),
  })
  return doc
}
