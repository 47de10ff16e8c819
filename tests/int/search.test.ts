import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { pageSize } from '@/lib/queries/pageSize'
import { searchUncached, type SearchType } from '@/lib/search'

import { unique } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

const context = { disableRevalidate: true }
const pixel = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

/** One page of one type's hits. */
async function hitsOf(query: string, locale: 'en' | 'zh', type: SearchType, page = 1) {
  const [group] = await searchUncached(query, locale, { type, page })
  return group?.hits ?? []
}

describe('site search', () => {
  let payload: Payload
  // Words no other test file writes, so only this file's documents match.
  const word = `srch${unique()}`
  const crowded = `many${unique()}`
  const ids: Record<string, number> = {}

  async function article(
    key: string,
    en: { title: string; excerpt?: string },
    zh?: { title: string; excerpt?: string },
    extra: { heroImage?: number; _status?: 'draft' | 'published' } = {},
  ) {
    const status = extra._status ?? 'published'
    const doc = await payload.create({
      collection: 'articles',
      locale: 'en',
      data: { ...en, ...extra, category: 'city', slug: `${key}-${unique()}`, _status: status },
      draft: status === 'draft',
      context,
    })
    if (zh) {
      await payload.update({
        collection: 'articles',
        id: doc.id,
        locale: 'zh',
        data: { ...zh, _status: status },
        draft: status === 'draft',
        context,
      })
    }
    ids[key] = doc.id
  }

  async function business(key: string, en: string, zh?: string) {
    const doc = await payload.create({
      collection: 'businesses',
      locale: 'en',
      data: { name: en, sector: 'retail', slug: `${key}-${unique()}`, _status: 'published' },
      context,
    })
    if (zh) {
      await payload.update({
        collection: 'businesses',
        id: doc.id,
        locale: 'zh',
        data: { name: zh, _status: 'published' },
        context,
      })
    }
    ids[key] = doc.id
  }

  beforeAll(async () => {
    payload = await testPayload()
    const picture = await payload.create({
      collection: 'media',
      locale: 'en',
      data: { alt: 'A pixel' },
      file: { data: pixel, mimetype: 'image/png', name: `s-${unique()}.png`, size: pixel.length },
      context,
    })
    await payload.update({
      collection: 'media',
      id: picture.id,
      locale: 'zh',
      data: { alt: '一个像素' },
      context,
    })
    // Oldest first: search lists the newest first within title and summary matches.
    await article(
      'titled',
      { title: `${word} in the title`, excerpt: 'A plain summary.' },
      { title: `${word} 在标题里`, excerpt: '普通摘要。' },
      { heroImage: picture.id },
    )
    await article('untranslated', { title: `${word} only in English`, excerpt: 'No Chinese.' })
    await article(
      'translatedWithout',
      { title: `${word} by the bridge` },
      { title: '大桥边', excerpt: '桥下是江。' },
    )
    await article('draft', { title: `${word} not yet published` }, undefined, { _status: 'draft' })
    await article(
      'inSummary',
      { title: 'Nothing in this title', excerpt: `The ${word} is in the summary.` },
      { title: '标题里没有', excerpt: `摘要里有 ${word}。` },
    )
    await article('nightView', { title: 'Night views' }, { title: '在南山一棵树看重庆夜景' })
    // More than a page of them, all but one translated.
    for (let n = 1; n <= pageSize + 1; n++)
      await business(`old${n}`, `Old ${crowded} ${n}`, `${crowded} 老店 ${n}`)
    await business('newest', `${crowded} newest, English only`)
  }, 60_000)

  it('finds every published match, title matches before summary matches', async () => {
    const hits = await hitsOf(word, 'en', 'articles')
    expect(hits.map((h) => h.id)).toEqual([
      ids.translatedWithout,
      ids.untranslated,
      ids.titled,
      ids.inSummary,
    ])
    expect(hits.every((h) => h.fallback.length === 0)).toBe(true)
  })

  it('searches the visitor’s language, then English, and shows each hit in the visitor’s language', async () => {
    const hits = await hitsOf(word, 'zh', 'articles')
    // Title matches first: the title shown, which is the Chinese one where there is one.
    expect(hits.map((h) => h.id)).toEqual([
      ids.untranslated,
      ids.titled,
      ids.inSummary,
      ids.translatedWithout,
    ])
    const byId = new Map(hits.map((h) => [h.id, h]))
    expect(byId.get(ids.titled)).toMatchObject({ title: `${word} 在标题里`, fallback: [] })
    // Found by its English title, shown with its Chinese one.
    expect(byId.get(ids.translatedWithout)).toMatchObject({ title: '大桥边', fallback: [] })
    expect(byId.get(ids.untranslated)).toMatchObject({
      title: `${word} only in English`,
      summary: 'No Chinese.',
      fallback: ['title', 'summary'],
    })
  })

  it('shows the picture of a hit in the visitor’s language', async () => {
    const [hit] = (await hitsOf(word, 'zh', 'articles')).filter((h) => h.id === ids.titled)
    expect(hit.image).toMatchObject({
      alt: '一个像素',
      url: expect.stringContaining('/api/media/'),
    })
  })

  it('pages through every match of a type, in either language, with the true total', async () => {
    const all = pageSize + 2
    const [first] = await searchUncached(crowded, 'zh', { type: 'businesses', page: 1 })
    const [second] = await searchUncached(crowded, 'zh', { type: 'businesses', page: 2 })
    expect(first).toMatchObject({ type: 'businesses', total: all })
    expect(second).toMatchObject({ total: all })
    expect(first.hits).toHaveLength(pageSize)
    expect(second.hits).toHaveLength(2)
    const seen = [...first.hits, ...second.hits].map((h) => h.id)
    expect(new Set(seen).size).toBe(all)
    // The one without Chinese is found by its English name, and newest of all comes first.
    expect(seen[0]).toBe(ids.newest)
    expect(first.hits[0]).toMatchObject({ fallback: ['title'] })
    expect(await hitsOf(crowded, 'zh', 'businesses', 3)).toEqual([])
  })

  it('without a type, shows the first three of each type that matches, and counts them all', async () => {
    const groups = await searchUncached(crowded, 'en')
    expect(groups.map((g) => g.type)).toEqual(['businesses'])
    expect(groups[0]).toMatchObject({ total: pageSize + 2 })
    expect(groups[0]!.hits.map((h) => h.id)).toEqual(
      (await hitsOf(crowded, 'en', 'businesses')).slice(0, 3).map((h) => h.id),
    )
    const mixed = await searchUncached(word, 'en')
    expect(mixed.map((g) => [g.type, g.total, g.hits.length])).toEqual([['articles', 4, 3]])
  })

  it('finds a two-character Chinese word inside a longer title', async () => {
    const hits = await hitsOf('夜景', 'zh', 'articles')
    expect(hits.map((h) => h.id)).toContain(ids.nightView)
  })

  it('finds a word in Chinese characters from a page in another language, shown in that language', async () => {
    const hits = await hitsOf('夜景', 'en', 'articles')
    expect(hits.find((h) => h.id === ids.nightView)).toMatchObject({
      title: 'Night views',
      fallback: [],
    })
  })

  it('answers nothing for a word nobody wrote', async () => {
    expect(await searchUncached(`none${unique()}`, 'ja')).toEqual([])
  })
})
