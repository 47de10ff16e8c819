import { describe, expect, it } from 'vitest'

import { unique } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

describe('scheduled publishing', () => {
  it('publishes a draft through the jobs queue once its time has come, not before', async () => {
    const payload = await testPayload()
    const draft = await payload.create({
      collection: 'articles',
      data: {
        title: 'Opening of the new riverside walk',
        category: 'city',
        slug: `scheduled-${unique()}`,
        _status: 'draft',
      },
      draft: true,
    })
    // An hour ahead, not seconds: a slow machine must not reach the time before the first run.
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: draft.id } },
      waitUntil: new Date(Date.now() + 3_600_000),
    })

    await payload.jobs.run()
    const early = await payload.find({
      collection: 'articles',
      where: { id: { equals: draft.id } },
      overrideAccess: false,
    })
    expect(early.docs).toHaveLength(0)

    // The hour passes: the job's time is now behind us.
    await payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    })
    await payload.jobs.run()
    const live = await payload.find({
      collection: 'articles',
      where: { id: { equals: draft.id } },
      overrideAccess: false,
    })
    expect(live.docs[0]?._status).toBe('published')
    expect(live.docs[0]?.publishedAt).toBeTruthy()
  })
})
