import { afterEach, describe, expect, it } from 'vitest'

import { assertProductionReady } from '@/lib/assertProductionReady'

import { testPayload } from '../helpers/payload'

describe('production guard', () => {
  const env = { ...process.env }
  afterEach(() => {
    Object.assign(process.env, { NODE_ENV: env.NODE_ENV, DEMO_MODE: env.DEMO_MODE ?? '' })
  })

  it('refuses to serve in production while a demo account exists, and not once it is gone', async () => {
    const payload = await testPayload()
    const existing = await payload.find({
      collection: 'users',
      where: { email: { equals: 'editor@example.com' } },
    })
    const demo =
      existing.docs[0] ??
      (await payload.create({
        collection: 'users',
        data: { email: 'editor@example.com', password: 'demo-password-123', roles: ['editor'] },
      }))
    Object.assign(process.env, { NODE_ENV: 'production', DEMO_MODE: '' })
    await expect(assertProductionReady(payload)).rejects.toThrow(/demo account/)

    process.env.DEMO_MODE = '1'
    await expect(assertProductionReady(payload)).resolves.toBeUndefined()

    process.env.DEMO_MODE = ''
    await payload.delete({
      collection: 'users',
      where: {
        email: {
          in: [
            'admin@example.com',
            'editor@example.com',
            'partner1@example.com',
            'partner2@example.com',
          ],
        },
      },
    })
    await expect(assertProductionReady(payload)).resolves.toBeUndefined()
    expect(demo.email).toBe('editor@example.com')
  })
})
