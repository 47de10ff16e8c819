import { describe, expect, it } from 'vitest'

import { createBusiness, createUser, unique } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

/** Accepting an applicant who already has an account or a business changes memberships: admins only. */
describe('accepting applications for existing accounts or businesses', () => {
  async function setup() {
    const payload = await testPayload()
    const admin = await createUser(payload, ['admin'])
    const editor = await createUser(payload, ['editor'])
    const member = await createUser(payload, ['partner'])
    const business = await createBusiness(payload, `Existing ${unique()}`)
    const apply = (data: Record<string, unknown>) =>
      payload.create({
        collection: 'partner-applications',
        data: {
          company: `Co ${unique()}`,
          contact: 'Zhang Min',
          email: `new-${unique()}@test.example`,
          ...data,
        } as never,
      })
    const accept = (id: number, user: typeof admin) =>
      payload.update({
        collection: 'partner-applications',
        id,
        data: { status: 'accepted' },
        overrideAccess: false,
        user,
        context: { disableRevalidate: true },
      })
    return { payload, admin, editor, member, business, apply, accept }
  }

  it('an editor may not add an existing account to a business', async () => {
    const { payload, editor, member, apply, accept } = await setup()
    const application = await apply({ email: member.email })
    await expect(accept(application.id, editor)).rejects.toMatchObject({ status: 403 })
    const after = await payload.findByID({ collection: 'users', id: member.id, depth: 0 })
    expect(after.businesses ?? []).toEqual([])
    const stored = await payload.findByID({
      collection: 'partner-applications',
      id: application.id,
    })
    expect(stored.status).toBe('new')
  })

  it('an editor may not give an existing business a new member', async () => {
    const { editor, business, apply, accept } = await setup()
    const application = await apply({ business: business.id })
    await expect(accept(application.id, editor)).rejects.toMatchObject({ status: 403 })
  })

  it('an admin may', async () => {
    const { payload, admin, member, business, apply, accept } = await setup()
    const application = await apply({ email: member.email, business: business.id })
    await accept(application.id, admin)
    const after = await payload.findByID({ collection: 'users', id: member.id, depth: 0 })
    expect(after.businesses).toEqual([business.id])
  })
})
