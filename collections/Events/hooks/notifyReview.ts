import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import type { Event } from '@/payload-types'

import { defaultLocale, isLocale } from '@/i18n/locales'
import { sendLocalized } from '@/lib/email/sendLocalized'
import { idOf } from '@/lib/idOf'
import { partnersOf, reviewersOf } from '@/lib/partners/recipients'
import { reviewQueuePath } from '@/lib/partners/reviewQueue'
import { absoluteUrl, urls } from '@/lib/urls'

/** The event's title in a recipient's language (falling back to English like the site does). */
async function titleIn(req: PayloadRequest, id: number, locale: string, fallback: string) {
  if (!isLocale(locale) || locale === req.locale) return fallback
  const doc = await req.payload.findByID({
    collection: 'events',
    id,
    locale,
    draft: true,
    depth: 0,
    select: { title: true },
    req,
  })
  return doc?.title || fallback
}

/**
 * Emails on review transitions: a submission (by a signed-in partner) goes to the reviewers and
 * is confirmed to the business's partners; a rejection (by a signed-in editor) and an approval of
 * a submission go to the partners. Each in the recipient's language. Saves that do not change
 * the review state, seeding and `context.disableNotifications` send nothing.
 */
export const notifyReview: CollectionAfterChangeHook<Event> = async ({
  context,
  doc,
  previousDoc,
  req,
}) => {
  if (context.disableNotifications) return doc
  const before = previousDoc?.reviewStatus
  const after = doc.reviewStatus
  if (before === after) return doc
  const submitted = after === 'pending' && Boolean(req.user)
  const rejected = after === 'rejected' && Boolean(req.user)
  const approved = after === 'approved' && (before === 'pending' || before === 'rejected')
  if (!submitted && !rejected && !approved) return doc

  const businessId = idOf(doc.organizer)
  const partners = businessId ? await partnersOf(req, businessId) : []
  const editUrl = absoluteUrl(urls.adminDocument('events', doc.id))
  const title = doc.title ?? ''

  if (submitted) {
    const business = businessId
      ? await req.payload.findByID({
          collection: 'businesses',
          id: businessId,
          draft: true,
          depth: 0,
          select: { name: true },
          req,
        })
      : null
    for (const reviewer of await reviewersOf(req)) {
      await sendLocalized(req.payload, {
        to: reviewer.email,
        locale: reviewer.language,
        template: 'reviewRequested',
        values: {
          name: reviewer.name || reviewer.email,
          title,
          partner: req.user?.name || req.user?.email || '',
          business: business?.name ?? '',
        },
        url: absoluteUrl(`${urls.admin()}${reviewQueuePath}`),
      })
    }
  }

  for (const partner of partners) {
    const locale = isLocale(partner.language) ? partner.language : defaultLocale
    await sendLocalized(req.payload, {
      to: partner.email,
      locale,
      template: submitted ? 'submitted' : approved ? 'approved' : 'rejected',
      values: {
        name: partner.name || partner.email,
        title: await titleIn(req, doc.id, locale, title),
        reason: doc.reviewNote ?? '',
      },
      url: approved && doc.slug ? absoluteUrl(urls.event(doc.slug, locale)) : editUrl,
    })
  }
  return doc
}
