/**
 * Issue 6 end to end through the Local API with the access rules on (`overrideAccess: false`):
 * apply → accept → invite → set password → create → submit → reject with reason → edit →
 * resubmit → approve → published; then a change to the live event waits for approval while the
 * published version stays up. Every refusal from the Safety list is its own test, and
 * every email is checked for its recipient and language.
 */
import type { Payload, SendEmailOptions } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Event, User } from '@/payload-types'

import { outbox } from '@/lib/email/outbox'
import { partnerEvents, reviewCounts } from '@/lib/partners/reviewQueue'
import { submitApplication } from '@/lib/partners/submitApplication'
import { resetRateLimits } from '@/lib/rateLimit'

import { createBusiness, createUser, unique } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

const run = unique()
const applicantEmail = `wang-${run}@test.example`
const company = `Hotpot Lab ${run}`
const slug = `partner-flow-${run}`
const password = 'partner-password-123'
const ctx = { context: { disableRevalidate: true } }

/** The status of the error a call throws, or 'ok'. */
async function statusOf(run: () => Promise<unknown>): Promise<number | 'ok'> {
  try {
    await run()
    return 'ok'
  } catch (error) {
    return (error as { status?: number }).status ?? 500
  }
}

const mailTo = (to: string, since: number): SendEmailOptions[] =>
  outbox.slice(since).filter((m) => String(m.to) === to)

describe('partner workflow (issue 6)', () => {
  let payload: Payload
  let editor: User
  let partnerB: User
  let businessB: number
  let applicationId: number
  let businessId: number
  let inviteToken: string
  let partner: User
  let eventId: number

  const as = (user: User | undefined) => ({ user, overrideAccess: false, ...ctx })
  const publicRead = () =>
    payload.find({
      collection: 'events',
      where: { slug: { equals: slug } },
      overrideAccess: false,
      depth: 0,
    })
  /** The latest version as the server has it, or as `user` may see it (undefined: anonymous). */
  const latest = (...user: [User | undefined] | []) =>
    payload.findByID({
      collection: 'events',
      id: eventId,
      draft: true,
      depth: 0,
      ...(user.length ? as(user[0]) : {}),
    })

  beforeAll(async () => {
    payload = await testPayload()
    resetRateLimits()
    editor = await createUser(payload, ['editor'])
    businessB = (await createBusiness(payload, `Other Firm ${run}`)).id
    partnerB = await createUser(payload, ['partner'], [businessB])
  })

  it('a business applies on the site as an anonymous visitor', async () => {
    const form = new FormData()
    form.set('company', company)
    form.set('contact', 'Wang Fang')
    form.set('email', applicantEmail.toUpperCase())
    form.set('website', 'https://hotpot.example.com')
    form.set('message', 'Food markets in Yuzhong.')
    form.set('fax', '')
    const state = await submitApplication(payload, form, { ip: '198.51.100.10', locale: 'zh' })
    expect(state).toEqual({ status: 'sent' })
    const { docs } = await payload.find({
      collection: 'partner-applications',
      where: { email: { equals: applicantEmail } },
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ company, status: 'new', locale: 'zh' })
    applicationId = docs[0].id
  })

  it('anonymous visitors and partners can neither read nor accept applications', async () => {
    for (const user of [undefined, partnerB]) {
      expect(
        await statusOf(() =>
          payload.findByID({ collection: 'partner-applications', id: applicationId, ...as(user) }),
        ),
      ).toBe(403)
      expect(
        await statusOf(() =>
          payload.update({
            collection: 'partner-applications',
            id: applicationId,
            data: { status: 'accepted' },
            ...as(user),
          }),
        ),
      ).toBe(403)
    }
  })

  it('an editor accepts it: a draft business, a partner account and an invitation in Chinese', async () => {
    const since = outbox.length
    await payload.update({
      collection: 'partner-applications',
      id: applicationId,
      data: { status: 'accepted' },
      ...as(editor),
    })
    const application = await payload.findByID({
      collection: 'partner-applications',
      id: applicationId,
      depth: 0,
    })
    businessId = application.business as number
    expect(businessId).toEqual(expect.any(Number))
    expect(application.partner).toEqual(expect.any(Number))

    const business = await payload.findByID({
      collection: 'businesses',
      id: businessId,
      draft: true,
    })
    expect(business).toMatchObject({ name: company, _status: 'draft' })
    const user = await payload.findByID({
      collection: 'users',
      id: application.partner as number,
      depth: 0,
    })
    expect(user).toMatchObject({
      email: applicantEmail,
      roles: ['partner'],
      businesses: [businessId],
      language: 'zh',
    })

    const mails = mailTo(applicantEmail, since)
    expect(mails).toHaveLength(1)
    expect(mails[0].subject).toBe(`您在重庆门户网站的合作伙伴账户（${company}）`)
    const link = String(mails[0].text).match(/\/admin\/reset\/([a-f0-9]+)/)
    expect(link).not.toBeNull()
    inviteToken = link![1]
    // A set-password link, never a password.
    expect(String(mails[0].text)).not.toMatch(/password:|密码：/i)
  })

  it('the invitation link sets a password and the partner signs in', async () => {
    await payload.resetPassword({
      collection: 'users',
      data: { token: inviteToken, password },
      overrideAccess: true,
    })
    const login = await payload.login({
      collection: 'users',
      data: { email: applicantEmail, password },
    })
    expect(login.token).toBeTruthy()
    partner = { ...(login.user as User), collection: 'users' } as User
  })

  it("Payload's forgot-password email also comes in the partner's language", async () => {
    const since = outbox.length
    await payload.forgotPassword({ collection: 'users', data: { email: applicantEmail } })
    const mails = mailTo(applicantEmail, since)
    expect(mails).toHaveLength(1)
    expect(mails[0].subject).toBe('重置您在重庆门户网站的密码')
    expect(String(mails[0].html)).toMatch(/\/admin\/reset\/[a-f0-9]+/)
  })

  it('the partner completes their business profile as a draft', async () => {
    await payload.update({
      collection: 'businesses',
      id: businessId,
      data: { phone: '+86 23 6000 0000', sector: 'hospitality' },
      ...as(partner),
    })
    const draft = await payload.findByID({ collection: 'businesses', id: businessId, draft: true })
    expect(draft).toMatchObject({ phone: '+86 23 6000 0000', _status: 'draft' })
  })

  it('the partner creates a draft event for their business', async () => {
    const start = new Date(Date.now() + 20 * 86400_000)
    const event = await payload.create({
      collection: 'events',
      locale: 'en',
      draft: true,
      data: {
        title: `Yuzhong Night Market ${run}`,
        slug,
        category: 'market',
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 4 * 3600_000).toISOString(),
        organizer: businessId,
        _status: 'draft',
      },
      ...as(partner),
    })
    eventId = event.id
    expect(event).toMatchObject({ reviewStatus: 'draft', _status: 'draft' })
    await payload.update({
      collection: 'events',
      id: eventId,
      locale: 'zh',
      data: { title: `解放碑夜市 ${run}` },
      ...as(partner),
    })
  })

  it('submitting for review emails the editors (in English) and the partner (in Chinese)', async () => {
    const since = outbox.length
    const doc = await payload.update({
      collection: 'events',
      id: eventId,
      locale: 'en',
      data: { reviewStatus: 'pending' },
      ...as(partner),
    })
    expect(doc.reviewStatus).toBe('pending')

    const toEditor = mailTo(editor.email, since)
    expect(toEditor).toHaveLength(1)
    expect(toEditor[0].subject).toBe(`New event to review: Yuzhong Night Market ${run}`)
    expect(String(toEditor[0].text)).toContain(company)
    expect(String(toEditor[0].text)).toContain('where%5BreviewStatus%5D%5Bequals%5D=pending')

    const toPartner = mailTo(applicantEmail, since)
    expect(toPartner).toHaveLength(1)
    expect(toPartner[0].subject).toBe(`我们已收到待审核的活动“解放碑夜市 ${run}”`)
  })

  it('editors see it in the review queue and its count', async () => {
    const { docs } = await payload.find({
      collection: 'events',
      where: { reviewStatus: { equals: 'pending' } },
      draft: true,
      limit: 100,
      ...as(editor),
    })
    expect(docs.map((d) => d.id)).toContain(eventId)
    expect((await reviewCounts(payload, editor)).pendingEvents).toBeGreaterThanOrEqual(1)
  })

  it('another partner and anonymous visitors cannot read the submission', async () => {
    for (const user of [partnerB, undefined]) {
      expect(await statusOf(() => latest(user))).toBe(404)
      const { docs } = await payload.find({
        collection: 'events',
        where: { slug: { equals: slug } },
        draft: true,
        ...as(user),
      })
      expect(docs).toHaveLength(0)
    }
  })

  it('a partner cannot approve their own event (reviewStatus approved)', async () => {
    expect(
      await statusOf(() =>
        payload.update({
          collection: 'events',
          id: eventId,
          data: { reviewStatus: 'approved' },
          ...as(partner),
        }),
      ),
    ).toBe(403)
    expect((await latest()).reviewStatus).toBe('pending')
  })

  it('a partner cannot reject an event either (reviewStatus rejected)', async () => {
    expect(
      await statusOf(() =>
        payload.update({
          collection: 'events',
          id: eventId,
          data: { reviewStatus: 'rejected' },
          ...as(partner),
        }),
      ),
    ).toBe(403)
  })

  it('a partner cannot publish their event, by update or by create', async () => {
    expect(
      await statusOf(() =>
        payload.update({
          collection: 'events',
          id: eventId,
          data: { _status: 'published' },
          ...as(partner),
        }),
      ),
    ).toBe(403)
    expect(
      await statusOf(() =>
        payload.create({
          collection: 'events',
          data: {
            title: `Sneaky ${run}`,
            category: 'market',
            startsAt: new Date().toISOString(),
            startsAt_tz: 'Asia/Shanghai' as const,
            organizer: businessId,
            slug: `sneaky-${run}`,
            eventStatus: 'scheduled',
            reviewStatus: 'draft',
            _status: 'published',
          },
          ...as(partner),
        }),
      ),
    ).toBe(403)
    expect((await publicRead()).docs).toHaveLength(0)
  })

  it('a partner cannot move their event to another business', async () => {
    expect(
      await statusOf(() =>
        payload.update({
          collection: 'events',
          id: eventId,
          data: { organizer: businessB },
          ...as(partner),
        }),
      ),
    ).toBe(400)
    expect((await latest()).organizer).toBe(businessId)
  })

  it("a partner cannot edit another business's event", async () => {
    expect(
      await statusOf(() =>
        payload.update({
          collection: 'events',
          id: eventId,
          data: { title: 'Hijacked' },
          ...as(partnerB),
        }),
      ),
    ).toBe(403)
  })

  it("a partner cannot write the editor's reason", async () => {
    await payload.update({
      collection: 'events',
      id: eventId,
      data: { reviewNote: 'Looks great, approved.' },
      ...as(partner),
    })
    expect((await latest()).reviewNote ?? null).toBeNull()
  })

  it('a partner cannot restore an old version over the live document', async () => {
    const { docs } = await payload.findVersions({
      collection: 'events',
      where: { parent: { equals: eventId } },
      limit: 1,
    })
    expect(
      await statusOf(() =>
        payload.restoreVersion({ collection: 'events', id: String(docs[0].id), ...as(partner) }),
      ),
    ).toBe(403)
  })

  it('a rejection needs a reason', async () => {
    expect(
      await statusOf(() =>
        payload.update({
          collection: 'events',
          id: eventId,
          draft: true,
          data: { reviewStatus: 'rejected' },
          ...as(editor),
        }),
      ),
    ).toBe(400)
  })

  it('the editor rejects with a reason: recorded, shown to the partner, emailed in Chinese', async () => {
    const since = outbox.length
    const reason = 'Please add the address and an end time.'
    await payload.update({
      collection: 'events',
      id: eventId,
      draft: true,
      data: { reviewStatus: 'rejected', reviewNote: reason },
      ...as(editor),
    })
    const staffView = await latest(editor)
    expect(staffView).toMatchObject({ reviewStatus: 'rejected', reviewNote: reason })
    expect(staffView.reviewedBy).toBe(editor.id)
    expect(Date.now() - Date.parse(staffView.reviewedAt!)).toBeLessThan(60_000)

    const partnerView = await latest(partner)
    expect(partnerView).toMatchObject({ reviewStatus: 'rejected', reviewNote: reason })
    expect(partnerView.reviewedBy).toBeUndefined()
    expect((await partnerEvents(payload, partner)).find((r) => r.id === eventId)).toMatchObject({
      reviewStatus: 'rejected',
      reviewNote: reason,
      live: false,
    })

    const mails = mailTo(applicantEmail, since)
    expect(mails).toHaveLength(1)
    expect(mails[0].subject).toBe(`“解放碑夜市 ${run}”需要修改`)
    expect(String(mails[0].text)).toContain(reason)
    expect(mailTo(editor.email, since)).toHaveLength(0)
  })

  it('a rejected event cannot be published by mistake', async () => {
    expect(
      await statusOf(() =>
        payload.update({
          collection: 'events',
          id: eventId,
          data: { _status: 'published', reviewStatus: 'rejected' },
          ...as(editor),
        }),
      ),
    ).toBe(400)
    expect((await publicRead()).docs).toHaveLength(0)
  })

  it('the partner edits the event and submits it again', async () => {
    const since = outbox.length
    await payload.update({
      collection: 'events',
      id: eventId,
      locale: 'en',
      data: { summary: 'Street food under the Liberation Monument.' },
      ...as(partner),
    })
    expect((await latest()).reviewStatus).toBe('rejected')
    await payload.update({
      collection: 'events',
      id: eventId,
      data: { reviewStatus: 'pending' },
      ...as(partner),
    })
    expect((await latest()).reviewStatus).toBe('pending')
    expect(mailTo(editor.email, since)).toHaveLength(1)
  })

  it('an editor can edit the submission before approving it', async () => {
    await payload.update({
      collection: 'events',
      id: eventId,
      locale: 'en',
      draft: true,
      data: { summary: 'Street food under the Liberation Monument, every Friday.' },
      ...as(editor),
    })
    expect(await latest()).toMatchObject({
      reviewStatus: 'pending',
      summary: 'Street food under the Liberation Monument, every Friday.',
    })
    expect((await publicRead()).docs).toHaveLength(0)
  })

  it('the editor approves by publishing: it is live, recorded, and the partner is told', async () => {
    const since = outbox.length
    const doc = await payload.update({
      collection: 'events',
      id: eventId,
      data: { _status: 'published' },
      ...as(editor),
    })
    expect(doc).toMatchObject({ _status: 'published', reviewStatus: 'approved' })

    const { docs } = await publicRead()
    expect(docs).toHaveLength(1)
    expect(docs[0].summary).toBe('Street food under the Liberation Monument, every Friday.')
    // The review fields stay out of the public API.
    expect(docs[0].reviewNote).toBeUndefined()
    expect(docs[0].reviewedBy).toBeUndefined()
    expect((await latest(editor)).reviewedBy).toBe(editor.id)

    const mails = mailTo(applicantEmail, since)
    expect(mails).toHaveLength(1)
    expect(mails[0].subject).toBe(`“解放碑夜市 ${run}”已上线`)
    expect(String(mails[0].text)).toContain(`/zh/events/${slug}`)
  })

  it('a change to the live event is a new draft; the published version stays up until approved', async () => {
    const liveTitle = `Yuzhong Night Market ${run}`
    // No draft flag: the server makes it one anyway.
    const saved = await payload.update({
      collection: 'events',
      id: eventId,
      locale: 'en',
      data: { title: `Yuzhong Night Market (new date) ${run}` },
      ...as(partner),
    })
    expect(saved).toMatchObject({ _status: 'draft', reviewStatus: 'draft' })

    let live = (await publicRead()).docs[0] as Event
    expect(live).toMatchObject({ title: liveTitle, _status: 'published' })
    expect(
      (await payload.findByID({ collection: 'events', id: eventId, depth: 0 })).reviewStatus,
    ).toBe('approved')
    expect((await partnerEvents(payload, partner)).find((r) => r.id === eventId)).toMatchObject({
      reviewStatus: 'draft',
      live: true,
    })

    await payload.update({
      collection: 'events',
      id: eventId,
      data: { reviewStatus: 'pending' },
      ...as(partner),
    })
    const queue = await payload.find({
      collection: 'events',
      where: { reviewStatus: { equals: 'pending' } },
      draft: true,
      ...as(editor),
    })
    expect(queue.docs.map((d) => d.id)).toContain(eventId)
    live = (await publicRead()).docs[0] as Event
    expect(live.title).toBe(liveTitle)

    await payload.update({
      collection: 'events',
      id: eventId,
      data: { _status: 'published' },
      ...as(editor),
    })
    live = (await publicRead()).docs[0] as Event
    expect(live.title).toBe(`Yuzhong Night Market (new date) ${run}`)
  })

  it('a partner cannot delete an event that has been live', async () => {
    expect(
      await statusOf(() => payload.delete({ collection: 'events', id: eventId, ...as(partner) })),
    ).toBe(403)
  })

  it("partners cannot read applications, messages or other people's accounts", async () => {
    for (const collection of ['partner-applications', 'messages'] as const) {
      expect(await statusOf(() => payload.find({ collection, ...as(partner) }))).toBe(403)
    }
    const users = await payload.find({ collection: 'users', ...as(partner) })
    expect(users.docs.map((u) => u.id)).toEqual([partner.id])
  })

  it("hides everything but events, business profiles and media from a partner's admin", () => {
    const hidden = (slug: string, user: User) => {
      const entity =
        payload.config.collections.find((c) => c.slug === slug) ??
        payload.config.globals.find((g) => g.slug === slug)
      const h = entity?.admin?.hidden
      return typeof h === 'function' ? h({ user } as never) : Boolean(h)
    }
    for (const slug of [
      'articles',
      'attractions',
      'districts',
      'messages',
      'partner-applications',
      'users',
      'site-settings',
      'navigation',
      'home-page',
    ]) {
      expect(hidden(slug, partner), slug).toBe(true)
      expect(hidden(slug, editor), slug).toBe(false)
    }
    for (const slug of ['events', 'businesses', 'media']) expect(hidden(slug, partner)).toBe(false)
  })
})
