import type { Payload } from 'payload'

import type { Event, User } from '@/payload-types'

import { businessIdsOf } from '@/access/businessIdsOf'

const listWhere = (collection: string, field: string, value: string) =>
  `/collections/${collection}?${new URLSearchParams({ [`where[${field}][equals]`]: value })}`

/**
 * The admin list of events waiting for review (the list view reads the latest drafts), and of
 * business profiles waiting; escaped, as an email's link must be.
 */
export const reviewQueuePath = listWhere('events', 'reviewStatus', 'pending')
export const businessDraftsPath = listWhere('businesses', '_status', 'draft')

/**
 * How many events, and business profiles, wait for an editor. `count` cannot read drafts, and a
 * submission is usually a draft version of a live event, so this asks `find` for the total.
 */
export async function reviewCounts(payload: Payload, user: User) {
  const options = { draft: true, limit: 1, depth: 0, user, overrideAccess: false } as const
  const [events, businesses] = await Promise.all([
    payload.find({
      collection: 'events',
      where: { reviewStatus: { equals: 'pending' } },
      select: { title: true },
      ...options,
    }),
    payload.find({
      collection: 'businesses',
      where: { _status: { equals: 'draft' } },
      select: { name: true },
      ...options,
    }),
  ])
  return { pendingEvents: events.totalDocs, businessDrafts: businesses.totalDocs }
}

export type PartnerEventRow = Pick<Event, 'id' | 'title' | 'reviewStatus' | 'reviewNote'> & {
  live: boolean
}

/** A partner's own events, newest change first, with their review state and whether they are live. */
export async function partnerEvents(
  payload: Payload,
  user: User,
  locale?: string,
): Promise<PartnerEventRow[]> {
  const own = businessIdsOf(user)
  if (own.length === 0) return []
  const where = { organizer: { in: own } }
  const options = { user, overrideAccess: false, depth: 0, locale: locale as never }
  const [latest, published] = await Promise.all([
    payload.find({
      collection: 'events',
      where,
      draft: true,
      limit: 50,
      sort: '-updatedAt',
      select: { title: true, reviewStatus: true, reviewNote: true, organizer: true },
      ...options,
    }),
    payload.find({
      collection: 'events',
      where: { and: [where, { _status: { equals: 'published' } }] },
      limit: 0,
      pagination: false,
      select: { title: true },
      ...options,
    }),
  ])
  const live = new Set(published.docs.map((d) => d.id))
  return latest.docs.map((d) => ({
    id: d.id,
    title: d.title,
    reviewStatus: d.reviewStatus,
    reviewNote: d.reviewNote,
    live: live.has(d.id),
  }))
}
