import type { CollectionAfterChangeHook } from 'payload'

import { randomBytes } from 'node:crypto'

import { APIError } from 'payload'

import type { PartnerApplication, User } from '@/payload-types'

import { businessIdsOf } from '@/access/businessIdsOf'
import { hasRole, isStaffUser } from '@/access/roles'
import { defaultLocale, isLocale } from '@/i18n/locales'
import { sendLocalized } from '@/lib/email/sendLocalized'
import { idOf } from '@/lib/idOf'
import { absoluteUrl, urls } from '@/lib/urls'

/** How long the set-your-password link in an invitation works. */
export const invitationDays = 7

/**
 * Accepting an application (an editor sets `status: accepted`) makes the applicant a partner:
 * - the business is the one linked on the application, or a new draft profile named after the
 *   company, which the partner completes and an editor publishes;
 * - the account is found by email and given the business, or created with role partner, the
 *   application's language and a random password that nobody is ever told;
 * - a password-reset token (Payload's forgot-password flow, without its email) goes out in a
 *   localized invitation, so the partner chooses their own password.
 * Everything runs on the editor's `req`, inside the save's transaction: if a step fails, the
 * application stays unaccepted.
 */
export const acceptApplication: CollectionAfterChangeHook<PartnerApplication> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (doc.status !== 'accepted' || previousDoc?.status === 'accepted') return doc
  const { payload } = req
  const locale = isLocale(doc.locale) ? doc.locale : defaultLocale
  const context = { disableRevalidate: true }

  const linked = idOf(doc.business)
  const email = doc.email.trim().toLowerCase()
  const [existing] = (
    await payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      limit: 1,
      depth: 0,
      req,
    })
  ).docs
  // Giving an existing account or an existing business a new member is a membership change,
  // which only admins make (DESIGN §4); editors accept new applicants with new profiles.
  if ((existing || linked !== undefined) && req.user && !hasRole(req.user, 'admin')) {
    throw new APIError(
      'This applicant has an existing account or business: an admin must accept it.',
      403,
      undefined,
      true,
    )
  }

  const businessId =
    linked ??
    (
      await payload.create({
        collection: 'businesses',
        locale: defaultLocale,
        data: {
          name: doc.company,
          website: doc.website || undefined,
          phone: doc.phone || undefined,
          _status: 'draft',
        },
        draft: true,
        context,
        req,
      })
    ).id

  let partner: User
  if (existing) {
    partner = await payload.update({
      collection: 'users',
      id: existing.id,
      data: {
        businesses: [...new Set([...businessIdsOf(existing), businessId])],
        // Staff keep their roles; anyone else becomes (or stays) a partner.
        roles: isStaffUser(existing)
          ? existing.roles
          : [...new Set([...existing.roles, 'partner' as const])],
      },
      depth: 0,
      req,
    })
  } else {
    partner = await payload.create({
      collection: 'users',
      data: {
        email,
        name: doc.contact,
        password: randomBytes(32).toString('base64url'),
        roles: ['partner'],
        businesses: [businessId],
        language: locale,
      },
      depth: 0,
      req,
    })
  }

  const token = await payload.forgotPassword({
    collection: 'users',
    data: { email },
    disableEmail: true,
    expiration: invitationDays * 24 * 60 * 60 * 1000,
    req,
  })
  await payload.update({
    collection: 'partner-applications',
    id: doc.id,
    data: { business: businessId, partner: partner.id },
    depth: 0,
    req,
  })
  await sendLocalized(payload, {
    to: email,
    locale: partner.language ?? locale,
    template: 'invitation',
    values: {
      name: doc.contact,
      company: doc.company,
      days: invitationDays,
      adminUrl: absoluteUrl(urls.admin()),
    },
    url: absoluteUrl(urls.adminReset(token)),
  })
  payload.logger.info(
    `partner application ${doc.id} accepted: user ${partner.id}, business ${businessId}`,
  )
  return { ...doc, business: businessId, partner: partner.id }
}
