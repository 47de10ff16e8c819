import type { Payload } from 'payload'

import type { User } from '@/payload-types'

/** A short unique suffix so test files never collide on unique fields. */
export const unique = () =>
  `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`

const context = { disableRevalidate: true }

export async function createBusiness(payload: Payload, name: string, published = true) {
  return payload.create({
    collection: 'businesses',
    data: {
      name,
      sector: 'retail',
      _status: published ? 'published' : 'draft',
      slug: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${unique()}`,
    },
    draft: !published,
    context,
  })
}

export async function createUser(
  payload: Payload,
  roles: User['roles'],
  businesses: number[] = [],
  language: User['language'] = 'en',
): Promise<User> {
  const user = await payload.create({
    collection: 'users',
    data: {
      email: `${roles.join('-')}-${unique()}@test.example`,
      password: 'test-password-123',
      roles,
      businesses,
      language,
    },
    context,
  })
  // Access functions see the user as the auth strategy loads it: with the collection slug.
  return { ...user, collection: 'users' } as User
}

export async function createEvent(
  payload: Payload,
  organizer: number | undefined,
  published: boolean,
  extra: Record<string, unknown> = {},
) {
  const start = new Date(Date.now() + 7 * 86400_000)
  return payload.create({
    collection: 'events',
    data: {
      title: `Event ${unique()}`,
      slug: `event-${unique()}`,
      eventStatus: 'scheduled',
      category: 'festival',
      startsAt: start.toISOString(),
      startsAt_tz: 'Asia/Shanghai' as const,
      endsAt: new Date(start.getTime() + 3 * 3600_000).toISOString(),
      organizer,
      reviewStatus: published ? 'approved' : 'draft',
      _status: published ? 'published' : 'draft',
      ...extra,
    },
    draft: !published,
    context,
  })
}
