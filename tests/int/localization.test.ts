import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { unique } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

describe('localization', () => {
  let payload: Payload
  let id: number

  beforeAll(async () => {
    payload = await testPayload()
    const doc = await payload.create({
      collection: 'articles',
      locale: 'en',
      data: {
        title: 'The river city at night',
        excerpt: 'Lights on two rivers.',
        category: 'travel',
        slug: `river-${unique()}`,
        _status: 'published',
      },
      context: { disableRevalidate: true },
    })
    await payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'zh',
      data: { title: '两江夜色', excerpt: '两江灯火。', _status: 'published' },
      context: { disableRevalidate: true },
    })
    id = doc.id
  })

  it('reads a document back in Chinese', async () => {
    const zh = await payload.findByID({
      collection: 'articles',
      id,
      locale: 'zh',
      overrideAccess: false,
    })
    expect(zh.title).toBe('两江夜色')
    expect(zh.excerpt).toBe('两江灯火。')
  })

  it('falls back to English for a missing Japanese translation', async () => {
    const ja = await payload.findByID({
      collection: 'articles',
      id,
      locale: 'ja',
      overrideAccess: false,
    })
    expect(ja.title).toBe('The river city at night')
  })

  it('tells which fields have no translation when fallback is off', async () => {
    const raw = await payload.findByID({
      collection: 'articles',
      id,
      locale: 'ja',
      fallbackLocale: false,
      overrideAccess: false,
    })
    expect(raw.title ?? null).toBeNull()
    expect(raw.excerpt ?? null).toBeNull()
    // Shared fields are not localized and never fall back.
    expect(raw.slug).toMatch(/^river-/)
  })

  it('keeps the slug the same in every locale', async () => {
    const [en, zh] = await Promise.all(
      (['en', 'zh'] as const).map((locale) =>
        payload.findByID({ collection: 'articles', id, locale }),
      ),
    )
    expect(zh.slug).toBe(en.slug)
  })

  it('generates a slug from the English title when left empty', async () => {
    const doc = await payload.create({
      collection: 'attractions',
      locale: 'en',
      data: { name: `Eling Park Lookout ${unique()}`, category: 'nature', _status: 'draft' },
      draft: true,
    })
    expect(doc.slug).toMatch(/^eling-park-lookout-[a-z0-9]+$/)
  })
})
