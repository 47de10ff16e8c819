/**
 * An editor declines a partner application: the applicant hears it once, in the language they
 * applied in, with the contact page to write back to; nothing else is created.
 */
import type { Payload, SendEmailOptions } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { outbox } from '@/lib/email/outbox'
import { resetRateLimits } from '@/lib/rateLimit'

import { createUser, unique } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

const run = unique()
const ctx = { context: { disableRevalidate: true } }
const mailTo = (to: string, since: number): SendEmailOptions[] =>
  outbox.slice(since).filter((m) => String(m.to) === to)

describe('declining a partner application', () => {
  let payload: Payload
  let editor: User
  const as = (user: User) => ({ user, overrideAccess: false, ...ctx })
  const apply = (email: string, locale: 'ar' | 'de') =>
    payload.create({
      collection: 'partner-applications',
      data: { company: `Night Market ${run}`, contact: 'Layla', email, locale, status: 'new' },
      ...ctx,
    })
  const decide = (id: number, status: 'new' | 'declined' | 'accepted') =>
    payload.update({ collection: 'partner-applications', id, data: { status }, ...as(editor) })

  beforeAll(async () => {
    payload = await testPayload()
    resetRateLimits()
    editor = await createUser(payload, ['editor'])
  })

  it('emails the applicant once, in their language, and creates no account', async () => {
    const email = `layla-${run}@test.example`
    const application = await apply(email, 'ar')
    const since = outbox.length
    await decide(application.id, 'declined')

    const mails = mailTo(email, since)
    expect(mails).toHaveLength(1)
    expect(mails[0].subject).toBe(`طلب الشراكة الخاص بـ Night Market ${run}`)
    expect(String(mails[0].text)).toContain('مرحبًا Layla،')
    expect(String(mails[0].text)).toMatch(/https?:\/\/[^\s]+\/ar\/contact/)
    const accounts = await payload.find({
      collection: 'users',
      where: { email: { equals: email } },
    })
    expect(accounts.totalDocs).toBe(0)

    // Saving the declined application again (a typo fixed, say) sends nothing more.
    await payload.update({
      collection: 'partner-applications',
      id: application.id,
      data: { contact: 'Layla H.' },
      ...as(editor),
    })
    expect(mailTo(email, since)).toHaveLength(1)
  })

  it('sends no refusal when an accepted application is set to declined', async () => {
    const email = `jonas-${run}@test.example`
    const application = await apply(email, 'de')
    await decide(application.id, 'accepted')
    const since = outbox.length
    await decide(application.id, 'declined')
    expect(mailTo(email, since)).toEqual([])
  })
})
