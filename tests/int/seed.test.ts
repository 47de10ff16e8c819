import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { locales, type Locale } from '@/i18n/locales'
import { cardFields } from '@/lib/queries/markFallback'
import { articles, attractions, businesses, districts, events } from '@/seed/data'
import { seed } from '@/seed/run'

import { testPayload } from '../helpers/payload'

const visitorCollections = {
  articles: { list: articles, title: 'title' },
  attractions: { list: attractions, title: 'name' },
  events: { list: events, title: 'title' },
  businesses: { list: businesses, title: 'name' },
  districts: { list: districts, title: 'name' },
} as const

describe('demo content seed', () => {
  let payload: Payload
  let first: Record<string, number>

  beforeAll(async () => {
    payload = await testPayload()
    first = await seed(payload, { password: 'seed-test-password', log: () => {} })
  }, 180_000)

  it('gives the same counts when run twice (it updates by slug)', async () => {
    const second = await seed(payload, { password: 'seed-test-password', log: () => {} })
    expect(second).toEqual(first)
  }, 180_000)

  for (const [collection, { list, title }] of Object.entries(visitorCollections)) {
    it(`gives every seeded ${collection} document an English and a Chinese ${title} and a slug`, async () => {
      const slugs = list.map((item) => item.slug)
      for (const locale of ['en', 'zh'] as const) {
        const { docs } = await payload.find({
          collection: collection as keyof typeof visitorCollections,
          where: { slug: { in: slugs } },
          locale,
          fallbackLocale: false,
          limit: 100,
          draft: true,
          depth: 0,
        })
        expect(docs).toHaveLength(slugs.length)
        for (const doc of docs as unknown as Record<string, string>[]) {
          expect(doc.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
          expect(doc[title]?.trim()).toBeTruthy()
        }
      }
    })
  }

  it('leaves some documents without a Japanese translation, so fallback shows', async () => {
    const { docs } = await payload.find({
      collection: 'attractions',
      where: { slug: { in: attractions.map((a) => a.slug) } },
      locale: 'ja',
      fallbackLocale: false,
      limit: 100,
      depth: 0,
    })
    expect(docs.filter((d) => !d.name).length).toBeGreaterThan(0)
    expect(docs.filter((d) => d.name).length).toBeGreaterThan(0)
  })

  it('translates what every card shows into each language but Japanese (left partly to English, to show fallback)', async () => {
    const untranslated: string[] = []
    for (const [collection, { list }] of Object.entries(visitorCollections)) {
      const name = collection as keyof typeof visitorCollections
      const read = async (locale: Locale) =>
        (
          await payload.find({
            collection: name,
            where: { slug: { in: list.map((item) => item.slug) } },
            locale,
            fallbackLocale: false,
            limit: 100,
            draft: true,
            depth: 0,
          })
        ).docs as unknown as Record<string, unknown>[]
      const english = new Map((await read('en')).map((doc) => [doc.id, doc]))
      for (const { code } of locales.filter((l) => !['en', 'ja'].includes(l.code))) {
        for (const doc of await read(code)) {
          for (const field of cardFields[name]) {
            if (english.get(doc.id as number)?.[field] && !doc[field])
              untranslated.push(`${code} ${collection}/${doc.slug} ${field}`)
          }
        }
      }
    }
    expect(untranslated).toEqual([])
  })

  it('gives the site a name, tagline, address and hotline label of its own in every locale', async () => {
    const english = await payload.findGlobal({ slug: 'site-settings', locale: 'en' })
    for (const { code } of locales.filter((l) => l.code !== 'en')) {
      const own = await payload.findGlobal({
        slug: 'site-settings',
        locale: code,
        fallbackLocale: false,
      })
      const texts = [own.siteName, own.tagline, own.contact?.address, own.reportHotline?.label]
      expect(texts.every(Boolean), code).toBe(true)
      expect(own.siteName, code).not.toBe(english.siteName)
      expect(own.tagline, code).not.toBe(english.tagline)
    }
    const arabic = await payload.findGlobal({ slug: 'site-settings', locale: 'ar' })
    expect(arabic.siteName).toBe('بوابة تشونغتشينغ')
  })

  it('stores no English text under another locale on the home page', async () => {
    const english = await payload.findGlobal({ slug: 'home-page', locale: 'en', depth: 0 })
    for (const { code: locale } of locales.filter((l) => l.code !== 'en')) {
      const own = await payload.findGlobal({
        slug: 'home-page',
        locale,
        fallbackLocale: false,
        depth: 0,
      })
      const figures = own.keyFigures ?? []
      expect(figures).toHaveLength(english.keyFigures?.length ?? 0)
      figures.forEach((figure, i) => {
        expect(figure.label, `${locale} ${i}`).not.toBe(english.keyFigures?.[i].label)
        expect(figure.period, `${locale} ${i}`).not.toBe(english.keyFigures?.[i].period)
      })
    }
  })

  it('makes the demo partners members of their businesses', async () => {
    const expected = { 'partner1@example.com': 'cqaos', 'partner2@example.com': 'sasseur-outlet' }
    for (const [email, slug] of Object.entries(expected)) {
      const { docs } = await payload.find({
        collection: 'users',
        where: { email: { equals: email } },
        depth: 1,
      })
      expect(docs[0].roles).toEqual(['partner'])
      expect((docs[0].businesses ?? []).map((b) => (typeof b === 'object' ? b.slug : b))).toEqual([
        slug,
      ])
    }
  })

  it('publishes approved events and keeps pending and rejected ones as drafts', async () => {
    const { docs } = await payload.find({
      collection: 'events',
      where: { reviewStatus: { in: ['pending', 'rejected'] } },
      draft: true,
      depth: 0,
    })
    expect(docs.map((d) => d.reviewStatus).sort()).toEqual(['pending', 'rejected'])
    expect(docs.every((d) => d._status === 'draft')).toBe(true)
    expect(docs.find((d) => d.reviewStatus === 'rejected')?.reviewNote).toBeTruthy()
  })

  it('includes a cancelled and a postponed event', async () => {
    const { docs } = await payload.find({
      collection: 'events',
      where: { eventStatus: { in: ['cancelled', 'postponed'] } },
      depth: 0,
    })
    expect(docs.map((d) => d.eventStatus).sort()).toEqual(['cancelled', 'postponed'])
  })
})
