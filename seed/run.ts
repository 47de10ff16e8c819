import type { Payload } from 'payload'

import type { Block, L, LocaleCode } from './data/types'

import { defaultLocale, localeCodes } from '../i18n/locales'
import { addDays, localDay, startOfDay } from '../lib/dates'
import { docCollections, type DocCollection } from '../lib/docCollections'
import { defaultNavigation } from '../lib/navigation'
import { artwork, palette } from './artwork'
import { articles, attractions, businesses, districts, events, homeHero, keyFigures } from './data'
import { toLexical } from './lexical'
import { siteSettings } from './siteSettings'

type Options = { password?: string; reset?: boolean; log?: (line: string) => void }
type Doc = { id: number }
type Localized = Record<string, L | Block[] | undefined>

const otherLocales = localeCodes.filter((locale) => locale !== defaultLocale)
/** How an image's alt text opens, so it says what the picture is in the page's language. */
const illustration: Record<LocaleCode, string> = {
  en: 'Illustration: ',
  zh: '插图：',
  ja: 'イラスト：',
  ko: '일러스트: ',
  fr: 'Illustration : ',
  de: 'Illustration: ',
  es: 'Ilustración: ',
  ru: 'Иллюстрация: ',
  ar: 'رسم توضيحي: ',
}
const context = { disableRevalidate: true }

/** The localized fields of one locale: rich text from blocks, plain strings as they are. */
function localeFields(fields: Localized, locale: LocaleCode) {
  const out: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(fields)) {
    if (!value) continue
    const v = Array.isArray(value) ? toLexical(value, locale) : value[locale]
    if (v !== undefined) out[name] = v
  }
  return out
}

/** Today plus `days` at `time` in Chongqing, as an ISO instant. */
export function shanghaiTime(days: number, time = '00:00'): string {
  const [hours, minutes] = time.split(':').map(Number)
  const day = addDays(localDay(new Date()), days)
  return new Date(startOfDay(day).getTime() + (hours * 60 + minutes) * 60_000).toISOString()
}

export async function seed(
  payload: Payload,
  { password, reset = false, log = console.log }: Options = {},
) {
  const started = Date.now()
  const ids = Object.fromEntries(
    docCollections.map((c) => [c, new Map<string, number>()]),
  ) as Record<DocCollection, Map<string, number>>

  if (reset) {
    log('… removing existing content')
    for (const collection of [
      'articles',
      'events',
      'attractions',
      'businesses',
      'districts',
      'media',
      'messages',
      'partner-applications',
    ] as const) {
      await payload.delete({ collection, where: { id: { exists: true } }, context })
    }
  }

  let imageCount = 0
  async function image(kind: keyof typeof palette, slug: string, name: L): Promise<number> {
    const filename = `seed-${kind}-${slug}`
    const existing = await payload.find({
      collection: 'media',
      where: { filename: { like: filename } },
      limit: 1,
      depth: 0,
    })
    if (existing.docs[0]) return existing.docs[0].id
    const data = await artwork(kind, imageCount++)
    const doc = await payload.create({
      collection: 'media',
      locale: 'en',
      data: {
        alt: illustration.en + name.en,
        credit: 'Chongqing Portal demo artwork',
        licence: 'CC0',
      },
      file: { data, mimetype: 'image/png', name: `${filename}.png`, size: data.length },
      context,
    })
    // In each language the thing has a name in; elsewhere the alt falls back with the name.
    for (const locale of otherLocales.filter((l) => name[l])) {
      await payload.update({
        collection: 'media',
        id: doc.id,
        locale,
        data: { alt: illustration[locale] + name[locale] },
        context,
      })
    }
    return doc.id
  }

  async function upsert(
    collection: DocCollection,
    slug: string,
    base: Record<string, unknown>,
    localized: Localized,
    published = true,
  ) {
    const found = await payload.find({
      collection,
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 0,
      draft: true,
    })
    const _status = published ? 'published' : 'draft'
    const data = { ...base, ...localeFields(localized, 'en'), slug, _status }
    const doc = (
      found.docs[0]
        ? await payload.update({
            collection,
            id: found.docs[0].id,
            locale: 'en',
            data: data as never,
            context,
            draft: false,
          })
        : await payload.create({
            collection,
            locale: 'en',
            data: data as never,
            context,
            draft: false,
          })
    ) as Doc
    for (const locale of otherLocales) {
      const fields = localeFields(localized, locale)
      if (Object.keys(fields).length === 0) continue
      await payload.update({
        collection,
        id: doc.id,
        locale,
        data: { ...fields, _status },
        context,
        draft: false,
      })
    }
    ids[collection].set(slug, doc.id)
    return doc.id
  }

  const ref = (collection: DocCollection, slug?: string) => {
    if (!slug) return undefined
    const id = ids[collection].get(slug)
    if (id === undefined) throw new Error(`seed: unknown ${collection} slug "${slug}"`)
    return id
  }

  log(`… districts (${districts.length})`)
  for (const d of districts) {
    await upsert(
      'districts',
      d.slug,
      { location: d.location, image: await image('districts', d.slug, d.name) },
      { name: d.name, summary: d.summary },
    )
  }

  log(`… businesses (${businesses.length})`)
  for (const b of businesses) {
    await upsert(
      'businesses',
      b.slug,
      {
        sector: b.sector,
        district: ref('districts', b.district),
        location: b.location,
        website: b.website,
        phone: b.phone,
        email: b.email,
        founded: b.founded,
        originCountry: b.originCountry,
        featured: Boolean(b.featured),
        logo: await image('businesses', b.slug, b.name),
      },
      { name: b.name, description: b.description, address: b.address },
    )
  }

  log(`… attractions (${attractions.length})`)
  for (const a of attractions) {
    await upsert(
      'attractions',
      a.slug,
      {
        category: a.category,
        district: ref('districts', a.district),
        location: a.location,
        openingHours: { hours: a.openingHours ?? [] },
        admission: { isFree: a.admission.isFree, price: a.admission.priceCny },
        website: a.website,
        phone: a.phone,
        featured: Boolean(a.featured),
        images: [await image('attractions', a.slug, a.name)],
      },
      {
        name: a.name,
        summary: a.summary,
        description: a.description,
        address: a.address,
        accessibility: a.accessibility,
        transport: a.transport,
      },
    )
    // Localized notes live inside groups, so they are set per locale here.
    for (const locale of ['en', ...otherLocales] as LocaleCode[]) {
      const note = a.hoursNote?.[locale]
      const admissionNote = a.admission.note?.[locale]
      if (!note && !admissionNote) continue
      await payload.update({
        collection: 'attractions',
        id: ref('attractions', a.slug)!,
        locale,
        data: {
          ...(note ? { openingHours: { hours: a.openingHours ?? [], note } } : {}),
          ...(admissionNote
            ? {
                admission: {
                  isFree: a.admission.isFree,
                  price: a.admission.priceCny,
                  note: admissionNote,
                },
              }
            : {}),
          _status: 'published',
        },
        context,
        draft: false,
      })
    }
  }

  log(`… events (${events.length})`)
  for (const e of events) {
    await upsert(
      'events',
      e.slug,
      {
        category: e.category,
        startsAt: shanghaiTime(e.startDay, e.allDay ? '00:00' : e.startTime),
        endsAt: shanghaiTime(e.endDay, e.allDay ? '23:59' : e.endTime),
        allDay: Boolean(e.allDay),
        recurrence: e.repeat && {
          frequency: e.repeat.frequency,
          until: shanghaiTime(e.repeat.untilDay),
        },
        eventStatus: e.eventStatus,
        venue: ref('attractions', e.venue),
        location: e.location,
        organizer: ref('businesses', e.organizer),
        isFree: e.isFree,
        price: e.isFree ? undefined : e.priceCny,
        ticketUrl: e.ticketUrl,
        reviewStatus: e.reviewStatus,
        reviewNote: e.reviewNote,
        featured: Boolean(e.featured),
        images: [await image('events', e.slug, e.title)],
      },
      {
        title: e.title,
        summary: e.summary,
        description: e.description,
        address: e.address,
        audience: e.audience,
      },
      e.reviewStatus === 'approved',
    )
  }

  log(`… articles (${articles.length})`)
  for (const a of articles) {
    await upsert(
      'articles',
      a.slug,
      {
        category: a.category,
        district: ref('districts', a.district),
        tags: a.tags,
        featured: Boolean(a.featured),
        publishedAt: shanghaiTime(-a.publishedDaysAgo, '09:00'),
        heroImage: await image('articles', a.slug, a.title),
        relatedAttractions: (a.related?.attractions ?? []).map((s) => ref('attractions', s)),
        relatedEvents: (a.related?.events ?? []).map((s) => ref('events', s)),
        relatedBusinesses: (a.related?.businesses ?? []).map((s) => ref('businesses', s)),
      },
      { title: a.title, excerpt: a.excerpt, content: a.body },
    )
  }

  log('… site settings, navigation and home page')
  for (const [locale, data] of Object.entries(siteSettings())) {
    await payload.updateGlobal({
      slug: 'site-settings',
      locale: locale as LocaleCode,
      data,
      context,
    })
  }
  await payload.updateGlobal({
    slug: 'navigation',
    data: { main: [...defaultNavigation.main], footer: [...defaultNavigation.footer] },
    context,
  })
  const featured = <T extends { slug: string; featured?: boolean }>(
    list: T[],
    collection: DocCollection,
  ) => list.filter((x) => x.featured).map((x) => ref(collection, x.slug)!)
  const home = {
    featuredArticles: featured(articles, 'articles'),
    featuredAttractions: featured(attractions, 'attractions'),
    featuredBusinesses: featured(businesses, 'businesses'),
    heroImage: await image('districts', 'home-hero', {
      en: 'Chongqing',
      zh: '重庆',
      ja: '重慶',
      ko: '충칭',
      fr: 'Chongqing',
      de: 'Chongqing',
      es: 'Chongqing',
      ru: 'Чунцин',
      ar: 'تشونغتشينغ',
    }),
  }
  // Array rows are shared by all locales: later locales must name the rows the first one made,
  // or each update replaces the rows and orphans the texts written before.
  let rowIds: (string | null | undefined)[] = []
  for (const locale of [defaultLocale, ...otherLocales]) {
    const saved = await payload.updateGlobal({
      slug: 'home-page',
      locale,
      data: {
        ...home,
        heroTitle: homeHero.title[locale],
        heroText: homeHero.text[locale],
        keyFigures: keyFigures.map((k, i) => ({
          id: rowIds[i] ?? undefined,
          value: k.value,
          change: k.change,
          unit: k.unit?.[locale],
          label: k.label[locale],
          period: k.period[locale],
        })),
      },
      context,
    })
    rowIds = (saved.keyFigures ?? []).map((row) => row.id)
  }

  if (password) {
    log('… demo accounts')
    const accounts = [
      {
        email: 'admin@example.com',
        name: 'Demo Admin',
        roles: ['admin'],
        businesses: [],
        language: 'en',
      },
      {
        email: 'editor@example.com',
        name: 'Demo Editor',
        roles: ['editor'],
        businesses: [],
        language: 'en',
      },
      {
        email: 'partner1@example.com',
        name: 'CQAOS Events Team',
        roles: ['partner'],
        businesses: [ref('businesses', 'cqaos')],
        language: 'en',
      },
      {
        email: 'partner2@example.com',
        name: '砂之船奥莱活动部',
        roles: ['partner'],
        businesses: [ref('businesses', 'sasseur-outlet')],
        language: 'zh',
      },
    ] as const
    for (const account of accounts) {
      const found = await payload.find({
        collection: 'users',
        where: { email: { equals: account.email } },
        limit: 1,
        depth: 0,
      })
      const data = {
        ...account,
        roles: [...account.roles],
        businesses: [...account.businesses] as number[],
        password,
      }
      if (found.docs[0])
        await payload.update({ collection: 'users', id: found.docs[0].id, data, context })
      else await payload.create({ collection: 'users', data, context })
    }
  }

  const counts: Record<string, number> = {}
  for (const collection of [...docCollections, 'media', 'users'] as const) {
    counts[collection] = (await payload.count({ collection })).totalDocs
  }
  log(
    `✓ seeded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${Object.entries(counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}`,
  )
  return counts
}
