/**
 * DESIGN §4 as a table: every role × collection × action, each cell one named test that asserts
 * the server allows or refuses it through the Local API with `overrideAccess: false`.
 */
import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { createBusiness, createEvent, createUser, unique } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

type Role = 'anonymous' | 'partner A' | 'partner B' | 'editor' | 'admin'
type Outcome = 'allowed' | 'refused'
type Ctx = {
  payload: Payload
  user: User | undefined
  ids: Record<string, number>
  users: Record<Exclude<Role, 'anonymous'>, User>
}
type Cell = {
  action: string
  collection: string
  run: (ctx: Ctx) => Promise<unknown>
  expect: Record<Role, Outcome>
}

const roles: Role[] = ['anonymous', 'partner A', 'partner B', 'editor', 'admin']
const ctxOf = (ctx: Ctx) => ({
  overrideAccess: false,
  user: ctx.user,
  context: { disableRevalidate: true },
})
const only = (...allowed: Role[]): Record<Role, Outcome> =>
  Object.fromEntries(roles.map((r) => [r, allowed.includes(r) ? 'allowed' : 'refused'])) as Record<
    Role,
    Outcome
  >
const everyone = only(...roles)
const staff = only('editor', 'admin')

/** Runs an operation; a thrown 403/404/400 or an empty result counts as refused. */
async function outcome(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    const result = (await run()) as { docs?: unknown[] } | null | undefined
    if (result && Array.isArray(result.docs)) return result.docs.length > 0 ? 'allowed' : 'refused'
    return result ? 'allowed' : 'refused'
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404 || status === 400 || status === 401) return 'refused'
    throw error
  }
}

const pixel = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

const simpleContent = ['articles', 'attractions', 'districts'] as const
const dataFor = (collection: (typeof simpleContent)[number]) =>
  collection === 'articles'
    ? { title: `Article ${unique()}`, category: 'city' }
    : collection === 'attractions'
      ? { name: `Place ${unique()}`, category: 'landmark' }
      : { name: `District ${unique()}` }

const cells: Cell[] = [
  ...simpleContent.flatMap((collection): Cell[] => [
    {
      collection,
      action: 'read a published document',
      expect: everyone,
      run: (c) =>
        c.payload.findByID({ collection, id: c.ids[`${collection}:published`], ...ctxOf(c) }),
    },
    {
      collection,
      action: 'read a draft by id',
      expect: staff,
      run: (c) =>
        c.payload.findByID({
          collection,
          id: c.ids[`${collection}:draft`],
          draft: true,
          ...ctxOf(c),
        }),
    },
    {
      collection,
      action: 'find a draft by guessing its slug',
      expect: staff,
      run: (c) =>
        c.payload.find({
          collection,
          where: { slug: { equals: `draft-${collection}-${c.ids.run}` } },
          draft: true,
          ...ctxOf(c),
        }),
    },
    {
      collection,
      action: 'create a draft',
      expect: staff,
      run: (c) =>
        c.payload.create({
          collection,
          data: { ...dataFor(collection), _status: 'draft' } as never,
          draft: true,
          ...ctxOf(c),
        }),
    },
    {
      collection,
      action: 'publish',
      expect: staff,
      run: (c) =>
        c.payload.create({
          collection,
          data: { ...dataFor(collection), _status: 'published' } as never,
          ...ctxOf(c),
        }),
    },
    {
      collection,
      action: 'update',
      expect: staff,
      run: (c) =>
        c.payload.update({
          collection,
          id: c.ids[`${collection}:published`],
          data: { slug: `${collection}-edited-${unique()}` },
          ...ctxOf(c),
        }),
    },
    {
      collection,
      action: 'delete',
      expect: staff,
      run: async (c) => {
        const doc = await c.payload.create({
          collection,
          data: { ...dataFor(collection), _status: 'published' } as never,
        })
        return c.payload.delete({ collection, id: doc.id, ...ctxOf(c) })
      },
    },
  ]),

  // Events: partners work on their own businesses' events only, and never publish.
  {
    collection: 'events',
    action: 'read a published event',
    expect: everyone,
    run: (c) =>
      c.payload.findByID({ collection: 'events', id: c.ids['event:published'], ...ctxOf(c) }),
  },
  {
    collection: 'events',
    action: "read partner A's draft event",
    expect: only('partner A', 'editor', 'admin'),
    run: (c) =>
      c.payload.findByID({
        collection: 'events',
        id: c.ids['event:A:draft'],
        draft: true,
        ...ctxOf(c),
      }),
  },
  {
    collection: 'events',
    action: "find partner A's draft event by guessing its slug",
    expect: only('partner A', 'editor', 'admin'),
    run: (c) =>
      c.payload.find({
        collection: 'events',
        where: { slug: { equals: `draft-event-a-${c.ids.run}` } },
        draft: true,
        ...ctxOf(c),
      }),
  },
  {
    collection: 'events',
    action: "list drafts and see partner B's draft",
    expect: only('partner B', 'editor', 'admin'),
    run: (c) =>
      c.payload.find({
        collection: 'events',
        where: { id: { equals: c.ids['event:B:draft'] } },
        draft: true,
        ...ctxOf(c),
      }),
  },
  {
    collection: 'events',
    action: 'create a draft event for business A',
    expect: only('partner A', 'editor', 'admin'),
    run: (c) =>
      c.payload.create({
        collection: 'events',
        draft: true,
        ...ctxOf(c),
        data: eventData(c.ids.businessA, 'draft'),
      }),
  },
  {
    collection: 'events',
    action: 'create a draft event with no organiser',
    expect: staff,
    run: (c) =>
      c.payload.create({
        collection: 'events',
        draft: true,
        ...ctxOf(c),
        data: eventData(undefined, 'draft'),
      }),
  },
  {
    collection: 'events',
    action: 'publish a new event for business A',
    expect: staff,
    run: (c) =>
      c.payload.create({
        collection: 'events',
        ...ctxOf(c),
        data: eventData(c.ids.businessA, 'published'),
      }),
  },
  {
    collection: 'events',
    action: "update partner A's draft event",
    expect: only('partner A', 'editor', 'admin'),
    run: (c) =>
      c.payload.update({
        collection: 'events',
        id: c.ids['event:A:draft'],
        draft: true,
        data: { summary: 'Edited' },
        ...ctxOf(c),
      }),
  },
  {
    collection: 'events',
    action: "submit partner A's draft for review (pending)",
    expect: only('partner A', 'editor', 'admin'),
    run: (c) =>
      c.payload.update({
        collection: 'events',
        id: c.ids['event:A:draft'],
        draft: true,
        data: { reviewStatus: 'pending' },
        ...ctxOf(c),
      }),
  },
  {
    collection: 'events',
    action: "approve partner A's event by setting reviewStatus approved",
    expect: staff,
    run: (c) =>
      c.payload.update({
        collection: 'events',
        id: c.ids['event:A:draft'],
        draft: true,
        data: { reviewStatus: 'approved' },
        ...ctxOf(c),
      }),
  },
  {
    collection: 'events',
    action: "publish partner A's event",
    expect: staff,
    run: async (c) => {
      const draft = await createEvent(c.payload, c.ids.businessA, false)
      return c.payload.update({
        collection: 'events',
        id: draft.id,
        data: { _status: 'published' },
        ...ctxOf(c),
      })
    },
  },
  {
    collection: 'events',
    action: "move partner A's event to business B",
    expect: staff,
    run: (c) =>
      c.payload
        .update({
          collection: 'events',
          id: c.ids['event:A:draft'],
          draft: true,
          data: { organizer: c.ids.businessB },
          ...ctxOf(c),
        })
        .then(async (doc) => {
          // restore for later cells
          await c.payload.update({
            collection: 'events',
            id: doc.id,
            draft: true,
            data: { organizer: c.ids.businessA },
          })
          return doc
        }),
  },
  {
    collection: 'events',
    action: "delete partner A's never-published event",
    expect: only('partner A', 'editor', 'admin'),
    run: async (c) => {
      const draft = await createEvent(c.payload, c.ids.businessA, false)
      return c.payload.delete({ collection: 'events', id: draft.id, ...ctxOf(c) })
    },
  },
  {
    collection: 'events',
    action: "delete partner A's live event",
    expect: staff,
    run: async (c) => {
      const live = await createEvent(c.payload, c.ids.businessA, true)
      return c.payload.delete({ collection: 'events', id: live.id, ...ctxOf(c) })
    },
  },

  // Businesses: partners keep their own profile current, but never publish it or change its slug.
  {
    collection: 'businesses',
    action: 'read a published business',
    expect: everyone,
    run: (c) => c.payload.findByID({ collection: 'businesses', id: c.ids.businessA, ...ctxOf(c) }),
  },
  {
    collection: 'businesses',
    action: 'read an unpublished business',
    expect: staff,
    run: (c) =>
      c.payload.findByID({
        collection: 'businesses',
        id: c.ids.businessDraft,
        draft: true,
        ...ctxOf(c),
      }),
  },
  {
    collection: 'businesses',
    action: 'save a draft of business A',
    expect: only('partner A', 'editor', 'admin'),
    run: (c) =>
      c.payload.update({
        collection: 'businesses',
        id: c.ids.businessA,
        draft: true,
        data: { phone: '+86 23 0000 0000', _status: 'draft' },
        ...ctxOf(c),
      }),
  },
  {
    collection: 'businesses',
    action: 'publish business A',
    expect: staff,
    run: (c) =>
      c.payload.update({
        collection: 'businesses',
        id: c.ids.businessA,
        data: { _status: 'published' },
        ...ctxOf(c),
      }),
  },
  {
    collection: 'businesses',
    action: 'create a business',
    expect: staff,
    run: (c) =>
      c.payload.create({
        collection: 'businesses',
        data: { name: `Firm ${unique()}`, sector: 'finance', _status: 'draft' },
        draft: true,
        ...ctxOf(c),
      }),
  },
  {
    collection: 'businesses',
    action: 'delete a business',
    expect: staff,
    run: async (c) => {
      const doc = await createBusiness(c.payload, `Doomed ${unique()}`)
      return c.payload.delete({ collection: 'businesses', id: doc.id, ...ctxOf(c) })
    },
  },
  {
    collection: 'businesses',
    action: "change business A's slug",
    expect: staff,
    run: async (c) => {
      const slug = `renamed-${unique()}`
      await c.payload.update({
        collection: 'businesses',
        id: c.ids.businessA,
        draft: true,
        data: { slug },
        ...ctxOf(c),
      })
      const after = await c.payload.findByID({
        collection: 'businesses',
        id: c.ids.businessA,
        draft: true,
      })
      // Field access drops the value silently, so success is "the slug actually changed".
      return after.slug === slug ? after : null
    },
  },

  // Media: anyone reads, signed-in people upload, owners and staff edit.
  {
    collection: 'media',
    action: 'read media',
    expect: everyone,
    run: (c) => c.payload.findByID({ collection: 'media', id: c.ids.mediaA, ...ctxOf(c) }),
  },
  {
    collection: 'media',
    action: 'upload an image',
    expect: only('partner A', 'partner B', 'editor', 'admin'),
    run: (c) =>
      c.payload.create({
        collection: 'media',
        data: { alt: 'A pixel' },
        file: { data: pixel, mimetype: 'image/png', name: `p-${unique()}.png`, size: pixel.length },
        ...ctxOf(c),
      }),
  },
  {
    collection: 'media',
    action: "update partner A's upload",
    expect: only('partner A', 'editor', 'admin'),
    run: (c) =>
      c.payload.update({
        collection: 'media',
        id: c.ids.mediaA,
        data: { credit: 'Edited' },
        ...ctxOf(c),
      }),
  },
  {
    collection: 'media',
    action: "delete partner A's upload",
    expect: only('partner A', 'editor', 'admin'),
    run: async (c) => {
      const doc = await c.payload.create({
        collection: 'media',
        data: { alt: 'Doomed pixel', uploadedBy: c.users['partner A'].id },
        file: { data: pixel, mimetype: 'image/png', name: `d-${unique()}.png`, size: pixel.length },
      })
      return c.payload.delete({ collection: 'media', id: doc.id, ...ctxOf(c) })
    },
  },

  // Users: partners see only themselves; only admins manage accounts, roles and memberships.
  {
    collection: 'users',
    action: "read partner A's account",
    expect: only('partner A', 'editor', 'admin'),
    run: (c) =>
      c.payload.findByID({ collection: 'users', id: c.users['partner A'].id, ...ctxOf(c) }),
  },
  {
    collection: 'users',
    action: 'create an account',
    expect: only('admin'),
    run: (c) =>
      c.payload.create({
        collection: 'users',
        data: {
          email: `new-${unique()}@test.example`,
          password: 'test-password-123',
          roles: ['partner'],
        },
        ...ctxOf(c),
      }),
  },
  {
    collection: 'users',
    action: "change partner A's name",
    expect: only('partner A', 'admin'),
    run: (c) =>
      c.payload.update({
        collection: 'users',
        id: c.users['partner A'].id,
        data: { name: `Name ${unique()}` },
        ...ctxOf(c),
      }),
  },
  {
    collection: 'users',
    action: 'give partner A the editor role',
    expect: only('admin'),
    run: async (c) => {
      const id = c.users['partner A'].id
      try {
        await c.payload.update({
          collection: 'users',
          id,
          data: { roles: ['partner', 'editor'] },
          ...ctxOf(c),
        })
        const after = await c.payload.findByID({ collection: 'users', id })
        return after.roles.includes('editor') ? after : null
      } finally {
        await c.payload.update({ collection: 'users', id, data: { roles: ['partner'] } })
      }
    },
  },
  {
    collection: 'users',
    action: 'add business B to partner A',
    expect: only('admin'),
    run: async (c) => {
      const id = c.users['partner A'].id
      try {
        await c.payload.update({
          collection: 'users',
          id,
          data: { businesses: [c.ids.businessA, c.ids.businessB] },
          ...ctxOf(c),
        })
        const after = await c.payload.findByID({ collection: 'users', id, depth: 0 })
        return (after.businesses ?? []).includes(c.ids.businessB) ? after : null
      } finally {
        await c.payload.update({ collection: 'users', id, data: { businesses: [c.ids.businessA] } })
      }
    },
  },
  {
    collection: 'users',
    action: "clear a locked-out account's lockout",
    expect: only('admin'),
    run: async (c) => {
      const locked = await createUser(c.payload, ['partner'])
      await c.payload.update({
        collection: 'users',
        id: locked.id,
        data: { loginAttempts: 5, lockUntil: new Date(Date.now() + 600_000).toISOString() },
      })
      await c.payload.unlock({
        collection: 'users',
        // Payload's type asks for a password that unlocking never reads.
        data: { email: locked.email } as never,
        overrideAccess: false,
        req: { user: c.user },
      })
      const after = await c.payload.findByID({
        collection: 'users',
        id: locked.id,
        showHiddenFields: true,
      })
      return after.lockUntil && new Date(after.lockUntil) > new Date() ? null : after
    },
  },
  {
    collection: 'users',
    action: 'delete an account',
    expect: only('admin'),
    run: async (c) => {
      const doomed = await createUser(c.payload, ['partner'])
      return c.payload.delete({ collection: 'users', id: doomed.id, ...ctxOf(c) })
    },
  },

  // Inbox collections: the public writes, staff read.
  ...(['messages', 'partner-applications'] as const).flatMap((collection): Cell[] => [
    {
      collection,
      action: 'create',
      expect: everyone,
      run: (c) => c.payload.create({ collection, data: inboxData(collection), ...ctxOf(c) }),
    },
    {
      collection,
      action: 'read',
      expect: staff,
      run: (c) => c.payload.findByID({ collection, id: c.ids[collection], ...ctxOf(c) }),
    },
    {
      collection,
      action: 'update',
      expect: staff,
      run: (c) =>
        c.payload.update({
          collection,
          id: c.ids[collection],
          data: (collection === 'messages' ? { handled: true } : { status: 'declined' }) as never,
          ...ctxOf(c),
        }),
    },
  ]),

  // Globals: everyone reads; staff edit the home page and menus; only admins the site settings.
  {
    collection: 'site-settings',
    action: 'read',
    expect: everyone,
    run: (c) => c.payload.findGlobal({ slug: 'site-settings', ...ctxOf(c) }),
  },
  {
    collection: 'site-settings',
    action: 'update',
    expect: only('admin'),
    run: (c) =>
      c.payload.updateGlobal({
        slug: 'site-settings',
        data: { siteName: 'Chongqing Portal' },
        ...ctxOf(c),
      }),
  },
  ...(['navigation', 'home-page'] as const).map((slug): Cell => ({
    collection: slug,
    action: 'update',
    expect: staff,
    run: (c) => c.payload.updateGlobal({ slug, data: {}, ...ctxOf(c) }),
  })),
]

function eventData(organizer: number | undefined, status: 'draft' | 'published') {
  const start = new Date(Date.now() + 10 * 86400_000)
  return {
    title: `Submitted ${unique()}`,
    slug: `submitted-${unique()}`,
    eventStatus: 'scheduled' as const,
    reviewStatus: 'draft' as const,
    category: 'market' as const,
    startsAt: start.toISOString(),
    startsAt_tz: 'Asia/Shanghai' as const,
    endsAt: new Date(start.getTime() + 3600_000).toISOString(),
    organizer,
    _status: status,
  }
}

/** Typed loosely on purpose: one helper serves two collections with different shapes. */
function inboxData(collection: 'messages' | 'partner-applications'): never {
  const data =
    collection === 'messages'
      ? {
          name: 'Visitor',
          email: 'visitor@test.example',
          subject: 'Hello',
          body: 'A question about Hongyadong.',
        }
      : { company: `Company ${unique()}`, contact: 'Li Wei', email: 'li@test.example' }
  return data as never
}

describe('access matrix (DESIGN §4)', () => {
  const ctx = {} as Ctx

  beforeAll(async () => {
    const payload = await testPayload()
    const run = unique()
    const businessA = await createBusiness(payload, `Matrix A ${run}`)
    const businessB = await createBusiness(payload, `Matrix B ${run}`)
    const businessDraft = await createBusiness(payload, `Matrix Draft ${run}`, false)
    // The admin first: on an empty database the first account always becomes an admin.
    const admin = await createUser(payload, ['admin'])
    const users = {
      'partner A': await createUser(payload, ['partner'], [businessA.id]),
      'partner B': await createUser(payload, ['partner'], [businessB.id]),
      editor: await createUser(payload, ['editor']),
      admin,
    }
    const ids: Record<string, number> = {
      run: run as unknown as number,
      businessA: businessA.id,
      businessB: businessB.id,
      businessDraft: businessDraft.id,
    }
    for (const collection of simpleContent) {
      const published = await payload.create({
        collection,
        data: { ...dataFor(collection), _status: 'published' } as never,
        context: { disableRevalidate: true },
      })
      const draft = await payload.create({
        collection,
        data: {
          ...dataFor(collection),
          slug: `draft-${collection}-${run}`,
          _status: 'draft',
        } as never,
        draft: true,
      })
      ids[`${collection}:published`] = published.id
      ids[`${collection}:draft`] = draft.id
    }
    ids['event:published'] = (await createEvent(payload, businessA.id, true)).id
    ids['event:A:draft'] = (
      await createEvent(payload, businessA.id, false, { slug: `draft-event-a-${run}` })
    ).id
    ids['event:B:draft'] = (await createEvent(payload, businessB.id, false)).id
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'Owned by partner A' },
      file: { data: pixel, mimetype: 'image/png', name: `a-${run}.png`, size: pixel.length },
      user: users['partner A'],
    })
    ids.mediaA = media.id
    ids.messages = (
      await payload.create({ collection: 'messages', data: inboxData('messages') })
    ).id
    ids['partner-applications'] = (
      await payload.create({
        collection: 'partner-applications',
        data: inboxData('partner-applications'),
      })
    ).id
    Object.assign(ctx, { payload, ids, users })
  })

  for (const cell of cells) {
    describe(`${cell.collection}: ${cell.action}`, () => {
      for (const role of roles) {
        const expected = cell.expect[role]
        it(`${role} ${expected === 'allowed' ? 'may' : 'may not'} ${cell.action} (${cell.collection})`, async () => {
          const user = role === 'anonymous' ? undefined : ctx.users[role]
          expect(await outcome(() => cell.run({ ...ctx, user }))).toBe(expected)
        })
      }
    })
  }

  it('checks every cell of the matrix', () => {
    expect(cells.length * roles.length).toBeGreaterThanOrEqual(200)
  })
})
