import { localeCodes, type Locale } from '../../i18n/locales'
import { searchSources, type SearchType } from '../../lib/searchSources'
import {
  articleCategories,
  attractionCategories,
  businessSectors,
  eventCategories,
} from '../../lib/taxonomy'
import { fillers, unspaced, words } from './searchWords'

/** Rows for each table, keyed by table name, in Payload's layout (see migrations/0001_initial). */
export type Corpus = Map<string, Record<string, unknown>[]>

export type CorpusPlan = {
  /** Published documents of each type; drafts come on top. */
  published: Record<SearchType, number>
  /** Share of documents translated into each language but English (the rest fall back). */
  translated: number
  drafts: number
  media: number
}

/** A small seeded generator (mulberry32): the same corpus every run. */
function random(seed: number) {
  let a = seed
  const next = () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number) => Math.floor(next() * n)
  return { next, int, pick: <T>(list: readonly T[]) => list[int(list.length)] }
}
type Random = ReturnType<typeof random>

type Shape = {
  /** Columns of the main table besides id, slug and _status. */
  columns: (r: Random, when: Date, media: number) => Record<string, unknown>
  /** A `_rels` table holding an `images` upload field, or none. */
  imageRels?: boolean
}

const shapes: Record<SearchType, Shape> = {
  articles: {
    columns: (r, when, media) => ({
      category: r.pick(articleCategories),
      published_at: when.toISOString(),
      hero_image_id: r.next() < 0.8 ? 1 + r.int(media) : null,
    }),
  },
  attractions: {
    columns: (r) => ({ category: r.pick(attractionCategories) }),
    imageRels: true,
  },
  events: {
    columns: (r, when) => ({
      category: r.pick(eventCategories),
      starts_at: new Date(when.getTime() + 365 * 864e5).toISOString(),
      review_status: 'approved',
    }),
    imageRels: true,
  },
  businesses: {
    columns: (r, _when, media) => ({
      sector: r.pick(businessSectors),
      logo_id: r.next() < 0.6 ? 1 + r.int(media) : null,
    }),
  },
}

/** Distinct word numbers, frequent ones (low numbers) far more often than rare ones. */
function wordNumbers(r: Random, count: number): number[] {
  const picked = Array.from({ length: count }, () => Math.floor(words.length * r.next() ** 2))
  return [...new Set(picked)]
}

function text(numbers: number[], locale: Locale, r: Random, filler = false) {
  const parts = numbers.flatMap((n, i) => {
    const word = words[n][locale]
    return filler && i > 0 && r.next() < 0.5 ? [r.pick(fillers[locale]), word] : [word]
  })
  return parts.join(unspaced.includes(locale) ? '' : ' ')
}

/**
 * Documents for the search benchmark: each one in English and, with probability `translated`, in
 * each other language; a tenth of the translations lack their summary, so both halves of the
 * English fallback are exercised. Created over three years (search sorts by newest first).
 */
export function searchCorpus(plan: CorpusPlan): Corpus {
  const r = random(20260101)
  const corpus: Corpus = new Map()
  const add = (table: string, row: Record<string, unknown>) => {
    if (!corpus.has(table)) corpus.set(table, [])
    corpus.get(table)!.push(row)
  }
  for (let id = 1; id <= plan.media; id++) {
    const filename = `bench-${id}.webp`
    add('media', { id, filename, url: `/api/media/file/${filename}`, mime_type: 'image/webp' })
    add('media_locales', { _parent_id: id, _locale: 'en', alt: `Benchmark picture ${id}` })
  }
  for (const [type, published] of Object.entries(plan.published) as [SearchType, number][]) {
    const shape = shapes[type]
    // The searched fields' names are single words: their columns have the same names.
    const { title, summary } = searchSources[type]
    const total = Math.round(published * (1 + plan.drafts))
    for (let id = 1; id <= total; id++) {
      const when = new Date(Date.UTC(2023, 0, 1) + r.int(3 * 365 * 864e5))
      const status = id <= published ? 'published' : 'draft'
      const slug = `${type}-${id}`
      const columns = shape.columns(r, when, plan.media)
      add(type, { id, slug, _status: status, created_at: when, updated_at: when, ...columns })
      const titleWords = wordNumbers(r, 2 + r.int(4))
      const summaryWords = wordNumbers(r, 8 + r.int(10))
      for (const locale of localeCodes) {
        if (locale !== 'en' && r.next() >= plan.translated) continue
        const row: Record<string, unknown> = { _parent_id: id, _locale: locale }
        row[title] = text(titleWords, locale, r)
        if (summary && (locale === 'en' || r.next() >= 0.1))
          row[summary] = text(summaryWords, locale, r, true)
        add(`${type}_locales`, row)
      }
      const images = shape.imageRels ? r.int(3) : 0
      for (let order = 1; order <= images; order++)
        add(`${type}_rels`, {
          parent_id: id,
          path: 'images',
          order,
          media_id: 1 + r.int(plan.media),
        })
    }
  }
  return corpus
}
