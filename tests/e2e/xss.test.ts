/**
 * Issue 7: a partner writes script into every field they can reach — a new event and their own
 * business profile (text, rich text with links, the uploaded image's texts), in English, Chinese
 * and Arabic — and an editor previews and publishes it. No page that shows those fields runs any
 * of it (detail, list, district, search and home pages, with their metadata and JSON-LD), the
 * calendar files keep it inside its property, and the feed and sitemap stay well-formed.
 */
import type { Browser } from 'playwright-core'

import pg from 'pg'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminTranslations } from '@/i18n/adminTranslations'

import { baseUrl, launchBrowser, signIn } from '../helpers/browser'
import {
  escapedMarkup,
  hostileLinkUrls,
  hostileRichText,
  hostileWebUrls,
  legacyRichText,
  markupProblems,
  randomIp,
  safeLinkUrls,
  scriptUrlsIn,
  shownMarkup,
} from '../helpers/hostile'
import { icsProblems, icsValue } from '../helpers/icsCheck'
import { anonymous, signedIn, type Rest, type RestAnswer } from '../helpers/rest'
import { hostileButValidUrl, sweepContent, sweepLocales } from '../helpers/xssContent'
import { executed, trappedContext, visit, type XssReport } from '../helpers/xssProbe'

const run = Date.now().toString(36)
const marker = `xss${run}`
const content = sweepContent(marker)
const slugs = { event: `xss-event-${run}`, business: `xss-business-${run}`, article: `xss-${run}` }
const partnerEmail = `xss-partner-${run}@test.example`
const partnerPassword = `xss-${run}-password`
/** A web address saved before URL fields refused script links (an import, an old version). */
const legacyWebsite = "JaVaScRiPt:__xss('legacy')"
const ticketUrl = hostileButValidUrl('tu')

type Doc = { id: number; [key: string]: unknown }
const docOf = (answer: RestAnswer) => (answer.body as { doc: Doc }).doc
const errorsOf = (answer: RestAnswer) =>
  (
    (answer.body as { errors?: { message: string; data?: { errors?: { message: string }[] } }[] })
      .errors ?? []
  ).flatMap((e) => e.data?.errors?.map((d) => d.message) ?? [e.message])

/** Every visitor page where the partner's (or the article's) fields appear. */
const visitorPages = (l: string, district: string) => [
  `/${l}/events/${slugs.event}`,
  `/${l}/businesses/${slugs.business}`,
  `/${l}/events?category=competition`,
  `/${l}/businesses?district=${district}`,
  `/${l}/districts/${district}`,
  `/${l}/search?q=${marker}`,
  `/${l}`,
  `/${l}/news/${slugs.article}`,
  `/${l}/news`,
]

describe('hostile text from a partner is shown, never run', () => {
  let browser: Browser
  let admin: Rest
  let editor: Rest
  let partner: Rest
  const ids = { business: 0, event: 0, media: 0, article: 0, partner: 0 }
  let district: { id: number; slug: string }
  const start = new Date(Date.now() + 10 * 60_000)
  const reports = new Map<string, XssReport>()
  /** Anything a refused save created after all, so a failing run still cleans up. */
  const strays: [string, number][] = []

  beforeAll(async () => {
    browser = await launchBrowser()
    admin = await signedIn('admin@example.com', randomIp())
    editor = await signedIn('editor@example.com', randomIp())
    const found = await admin.call<{ docs: { id: number; slug: string }[] }>(
      'GET',
      '/api/districts?where[slug][equals]=dadukou&depth=0',
    )
    district = found.body.docs[0]
    const business = await admin.call('POST', '/api/businesses?draft=true', {
      name: `${marker} business`,
      slug: slugs.business,
      sector: 'culture',
      _status: 'draft',
    })
    ids.business = docOf(business).id
    const user = await admin.call('POST', '/api/users', {
      email: partnerEmail,
      password: partnerPassword,
      roles: ['partner'],
      businesses: [ids.business],
      language: 'zh',
    })
    ids.partner = docOf(user).id
    partner = await signedIn(partnerEmail, randomIp(), partnerPassword)
  })

  afterAll(async () => {
    await browser?.close()
    const remove = async (collection: string, id: number) => {
      if (!id) return
      const { status } = await admin.call('DELETE', `/api/${collection}/${id}`)
      if (status !== 200) console.warn(`cleanup: deleting ${collection} ${id} answered ${status}`)
    }
    await remove('events', ids.event)
    await remove('articles', ids.article)
    await remove('users', ids.partner)
    await remove('businesses', ids.business)
    await remove('media', ids.media)
    for (const [collection, id] of strays) await remove(collection, id)
  })

  /** Each refusal must come with the message for the field, in the language asked for. */
  const refusals = () => {
    const found: string[] = []
    const check = (what: string, answer: RestAnswer, expected: string) => {
      if (answer.status === 201)
        strays.push([
          what.startsWith('event') ? 'events' : 'partner-applications',
          docOf(answer).id,
        ])
      if (answer.status !== 400 || !errorsOf(answer).includes(expected))
        found.push(`${what}: ${answer.status} ${errorsOf(answer).join(' | ')}`)
    }
    return { found, check }
  }
  const languages = ['en', 'zh', 'ar'] as const
  const newEvent = (extra: Record<string, unknown>) => ({
    title: `${marker} refused ${Math.random().toString(36).slice(2)}`,
    category: 'competition',
    startsAt: start.toISOString(),
    organizer: ids.business,
    ...extra,
  })

  it("refuses script and data addresses in URL fields, in the writer's language", async () => {
    const { found, check } = refusals()
    for (const [i, url] of hostileWebUrls.entries()) {
      const lang = languages[i % languages.length]
      const headers = { 'accept-language': lang }
      const expected = adminTranslations[lang].custom.urlScheme
      const what = (field: string) => `${field} ${JSON.stringify(url)} (${lang})`
      check(
        what('business website'),
        await partner.call('PATCH', `/api/businesses/${ids.business}`, { website: url }, headers),
        expected,
      )
      check(
        what('event ticket link'),
        await partner.call('POST', '/api/events?draft=true', newEvent({ ticketUrl: url }), headers),
        expected,
      )
      const application = {
        company: `${marker} refused`,
        contact: 'Refused Applicant',
        email: `refused-${run}@test.example`,
        website: url,
      }
      check(
        what('application website'),
        await anonymous(randomIp()).call('POST', '/api/partner-applications', application, headers),
        expected,
      )
    }
    expect(found).toEqual([])
  })

  it("refuses script links and foreign tags in rich text, in the writer's language", async () => {
    const { found, check } = refusals()
    const cases = [
      ...hostileLinkUrls.map((url) => ({
        what: `link ${JSON.stringify(url)}`,
        description: hostileRichText('r', marker, { links: [url] }),
        key: 'linkScheme' as const,
      })),
      {
        what: 'a heading tagged script',
        description: hostileRichText('r', marker, { scriptHeading: true }),
        key: 'richTextTag' as const,
      },
    ]
    for (const [i, { what, description, key }] of cases.entries()) {
      const lang = languages[i % languages.length]
      const headers = { 'accept-language': lang }
      const expected = adminTranslations[lang].custom[key]
      check(
        `business description: ${what} (${lang})`,
        await partner.call('PATCH', `/api/businesses/${ids.business}`, { description }, headers),
        expected,
      )
      check(
        `event description: ${what} (${lang})`,
        await partner.call('POST', '/api/events?draft=true', newEvent({ description }), headers),
        expected,
      )
    }
    expect(found).toEqual([])
  })

  it('lets a partner write hostile text into every field of their profile and event, in en, zh and ar', async () => {
    const image = await sharp({
      create: { width: 1200, height: 800, channels: 3, background: '#b3261e' },
    })
      .png()
      .toBuffer()
    const media = await partner.upload(
      '/api/media?locale=en',
      new Blob([new Uint8Array(image)], { type: 'image/png' }),
      `${marker}.png`,
      {
        ...content.media('en'),
        credit: `"><img src=x onerror=__xss('mr')>`,
        licence: `<script>__xss('ml')</script>`,
      },
    )
    expect(media.status, JSON.stringify(media.body)).toBe(201)
    ids.media = docOf(media).id

    const event = await partner.call('POST', '/api/events?draft=true&locale=en', {
      ...content.event('en', ids.media),
      slug: slugs.event,
      category: 'competition',
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 2 * 3600_000).toISOString(),
      organizer: ids.business,
      images: [ids.media],
      ticketUrl,
      price: 88,
      location: { lat: 29.4859, lng: 106.4837 },
    })
    expect(event.status, JSON.stringify(event.body)).toBe(201)
    ids.event = docOf(event).id

    const saves: [string, RestAnswer][] = []
    for (const l of sweepLocales) {
      if (l !== 'en') {
        saves.push([
          `media ${l}`,
          await partner.call('PATCH', `/api/media/${ids.media}?locale=${l}`, content.media(l)),
        ])
        saves.push([
          `event ${l}`,
          await partner.call(
            'PATCH',
            `/api/events/${ids.event}?draft=true&locale=${l}`,
            content.event(l),
          ),
        ])
      }
      const profile = {
        ...content.business(l),
        ...(l === 'en'
          ? {
              phone: `"><svg onload=__xss('bph')>`,
              email: `xss-${run}@test.example`,
              district: district.id,
              logo: ids.media,
              location: { lat: 29.4859, lng: 106.4837 },
            }
          : {}),
      }
      saves.push([
        `business ${l}`,
        await partner.call('PATCH', `/api/businesses/${ids.business}?locale=${l}`, profile),
      ])
    }
    saves.push([
      'submit for review',
      await partner.call('PATCH', `/api/events/${ids.event}?draft=true`, {
        reviewStatus: 'pending',
      }),
    ])
    expect(
      saves.filter(([, a]) => a.status !== 200).map(([what, a]) => `${what}: ${a.status}`),
    ).toEqual([])

    // Stored as written: escaping is the pages' job, not the database's.
    const stored = await partner.call(
      'GET',
      `/api/events/${ids.event}?draft=true&locale=zh&depth=0`,
    )
    expect(stored.body.title).toBe(content.event('zh').title)
  })

  it('an editor writes the same into an article (for the news feed)', async () => {
    const article = await editor.call('POST', '/api/articles?locale=en', {
      ...content.article('en'),
      slug: slugs.article,
      category: 'culture',
      // Oldest of all, so it sits at the end of the news list other tests read.
      publishedAt: '2001-01-01T00:00:00.000Z',
      _status: 'published',
    })
    expect(article.status, JSON.stringify(article.body)).toBe(201)
    ids.article = docOf(article).id
    for (const l of ['zh', 'ar'] as const) {
      const saved = await editor.call('PATCH', `/api/articles/${ids.article}?locale=${l}`, {
        ...content.article(l),
        _status: 'published',
      })
      expect(saved.status).toBe(200)
    }
  })

  it('an editor previewing the drafts, and opening them in the admin, runs none of it', async () => {
    const context = await trappedContext(browser)
    const login = await context.newPage()
    await signIn(login, 'editor@example.com')
    await login.close()
    const problems: string[] = []
    const previews = [
      ['events', slugs.event, 'zh'],
      ['events', slugs.event, 'ar'],
      ['businesses', slugs.business, 'en'],
    ]
    for (const [collection, slug, l] of previews) {
      const path = `/preview?collection=${collection}&slug=${slug}&locale=${l}`
      const report = await visit(context, baseUrl() + path)
      problems.push(...executed(path, report))
      if (!report.text.includes(shownMarkup)) problems.push(`${path}: the draft is not shown`)
    }
    const adminPages = [
      [`/admin/collections/events/${ids.event}`, '[data-lexical-editor="true"]'],
      [`/admin/collections/businesses/${ids.business}`, '[data-lexical-editor="true"]'],
      [`/admin/collections/media/${ids.media}`, '#field-alt'],
      [`/admin/collections/events?limit=100`, 'table'],
    ]
    for (const [path, ready] of adminPages) {
      const report = await visit(context, baseUrl() + path, ready)
      problems.push(...executed(path, report))
    }
    await context.close()
    expect(problems).toEqual([])
  }, 240_000)

  it('the editor publishes them in every locale', async () => {
    for (const [collection, id] of [
      ['events', ids.event],
      ['businesses', ids.business],
    ] as const) {
      const published = await editor.call('PATCH', `/api/${collection}/${id}`, {
        _status: 'published',
      })
      expect(published.status, JSON.stringify(published.body)).toBe(200)
    }
    for (const l of sweepLocales) {
      const { body } = await anonymous(randomIp()).call(
        'GET',
        `/api/events/${ids.event}?locale=${l}&depth=0`,
      )
      expect(body.title).toBe(content.event(l).title)
    }
    // Before any visitor page renders them: what can no longer be saved, as older or imported
    // content may still hold it (English only, so zh and ar show what was published today).
    const db = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
    await db.connect()
    await db.query('update businesses set website = $1 where id = $2', [
      legacyWebsite,
      ids.business,
    ])
    for (const [table, id, description] of [
      ['events_locales', ids.event, legacyRichText('ld', content.lead.en, ids.media)],
      ['businesses_locales', ids.business, legacyRichText('lb', content.lead.en)],
    ] as const) {
      const sql = `update ${table} set description = $1 where _parent_id = $2 and _locale = 'en'`
      expect((await db.query(sql, [description, id])).rowCount).toBe(1)
    }
    await db.end()
  })

  it('visitor pages in en, zh and ar show it as text and run none of it', async () => {
    const context = await trappedContext(browser)
    const problems: string[] = []
    for (const l of sweepLocales) {
      for (const path of visitorPages(l, district.slug)) {
        const res = await fetch(baseUrl() + path)
        const body = await res.text()
        if (res.status !== 200) {
          problems.push(`${path}: ${res.status}`)
          continue
        }
        problems.push(...markupProblems(body).map((p) => `${path}: ${p}`))
        if (!body.includes(escapedMarkup)) problems.push(`${path}: no escaped hostile text`)
        const report = await visit(context, baseUrl() + path)
        problems.push(...executed(path, report))
        if (!report.text.includes(shownMarkup)) problems.push(`${path}: hostile text not shown`)
        for (const ld of report.jsonLd)
          problems.push(...scriptUrlsIn(ld).map((url) => `${path}: JSON-LD has ${url}`))
        reports.set(path, report)
      }
    }
    await context.close()
    expect(problems).toEqual([])
  }, 400_000)

  it('keeps metadata, JSON-LD and links exact: the text itself, links only to safe schemes', () => {
    for (const l of sweepLocales) {
      const event = content.event(l)
      const page = reports.get(`/${l}/events/${slugs.event}`)!
      const ld = page.jsonLd as Record<string, unknown>[]
      const eventLd = ld.find((o) => o['@type'] === 'Event')!
      expect(eventLd.name).toBe(event.title)
      expect(eventLd.description).toBe(event.summary)
      expect((eventLd.organizer as Record<string, unknown>).url).toBeUndefined()
      const crumbs = ld.find((o) => o['@type'] === 'BreadcrumbList')!
      const trail = crumbs.itemListElement as { name: string }[]
      expect(trail.at(-1)!.name).toBe(event.title)
      expect(page.meta['og:title']).toBe(event.seo.title)
      expect(page.meta['og:description']).toBe(event.seo.description)
      expect(page.title).toContain(event.seo.title)

      // Bad links (in the older English text) are their text only; good ones stay links; the
      // valid ticket link is kept.
      for (const report of [page, reports.get(`/${l}/businesses/${slugs.business}`)!]) {
        expect(report.links.filter((a) => a.text.includes('bad link'))).toEqual([])
        if (l === 'en') expect(report.text).toContain(`${content.lead.en} bad link 7`)
      }
      for (const [i, url] of safeLinkUrls.entries())
        expect(page.links).toContainEqual({
          text: `${content.lead[l]} good link ${i + 1}`,
          href: url,
        })
      expect(page.links.some((a) => a.href.startsWith('https://tickets.example.com/buy?'))).toBe(
        true,
      )

      const business = reports.get(`/${l}/businesses/${slugs.business}`)!
      const businessLd = (business.jsonLd as Record<string, unknown>[]).find(
        (o) => o['@type'] === 'LocalBusiness',
      )!
      expect(businessLd.name).toBe(content.business(l).name)
      expect(businessLd.sameAs).toBeUndefined()
      expect(business.meta['og:title']).toBe(content.business(l).seo.title)
    }
  })

  it('calendar files keep the text inside its property', async () => {
    const problems: string[] = []
    for (const l of sweepLocales) {
      for (const path of [
        `/${l}/events/${slugs.event}/ics`,
        `/${l}/events.ics?category=competition`,
      ]) {
        const res = await fetch(baseUrl() + path)
        expect(res.status).toBe(200)
        const body = await res.text()
        problems.push(...icsProblems(body, /^(X-XSS-INJECTED|ATTACH)/).map((p) => `${path}: ${p}`))
        if (!path.endsWith('/ics')) continue
        const event = content.event(l)
        expect(icsValue(body, 'SUMMARY')).toBe(event.title)
        expect(icsValue(body, 'DESCRIPTION')).toBe(event.summary.replace(/\r\n?/g, '\n'))
      }
    }
    expect(problems).toEqual([])
  })

  it('the news feed and the sitemap stay well-formed, with the text escaped', async () => {
    const page = await browser.newPage()
    const parseError = (xml: string) =>
      page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml')
        return doc.querySelector('parsererror')?.textContent ?? null
      }, xml)
    for (const l of sweepLocales) {
      const xml = await (await fetch(`${baseUrl()}/${l}/news/rss.xml`)).text()
      expect(await parseError(xml), `/${l}/news/rss.xml`).toBeNull()
      expect(markupProblems(xml)).toEqual([])
      expect(xml).toContain(escapedMarkup)
      const titles = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml')
        return Array.from(doc.querySelectorAll('item > title')).map((t) => t.textContent)
      }, xml)
      expect(titles).toContain(content.article(l).title)
    }
    const sitemap = await (await fetch(`${baseUrl()}/sitemap.xml`)).text()
    expect(await parseError(sitemap)).toBeNull()
    expect(sitemap).toContain(`/zh/events/${slugs.event}</loc>`)
    expect(markupProblems(sitemap)).toEqual([])
    await page.close()
  })
})
