import { describe, expect, it } from 'vitest'

import { get, html, seeded } from '../helpers/site'

describe('findable', () => {
  it('lists every locale with hreflang alternates in the sitemap', async () => {
    const res = await get('/sitemap.xml')
    expect(res.status).toBe(200)
    const xml = await res.text()
    expect(xml).toContain(`/zh/news/${seeded.article}</loc>`)
    expect(xml).toMatch(
      /<xhtml:link rel="alternate" hreflang="zh-Hans" href="[^"]+\/zh\/attractions\/super-80-street"/,
    )
    expect(xml).toMatch(/hreflang="x-default"/)
    // Drafts (a pending partner event) are not listed.
    expect(xml).not.toContain('cqaos-open-afternoon')
  })

  it('serves robots.txt pointing at the sitemap', async () => {
    const text = await (await get('/robots.txt')).text()
    expect(text).toMatch(/Sitemap: .+\/sitemap\.xml/)
  })

  it('gives detail pages canonical, alternates, Open Graph and JSON-LD', async () => {
    const body = await html(`/en/events/${seeded.event}`)
    expect(body).toMatch(
      /<link rel="canonical" href="[^"]+\/en\/events\/super-80-street-open-air-movie-nights"/,
    )
    expect(body).toMatch(/<link rel="alternate" hrefLang="ar" href="[^"]+\/ar\/events\//)
    expect(body).toMatch(/hrefLang="x-default"/)
    expect(body).toMatch(/<meta property="og:image" content="[^"]+-1200x630\.jpg/)
    expect(body).toContain('"@type":"Event"')
    expect(body).toContain('"eventStatus":"https://schema.org/EventScheduled"')
    // The venue's address, which a relation to it carries (lib/cardSelect).
    expect(body).toMatch(
      /"location":\{"@type":"Place","name":"Super 80 Street","address":\{"@type":"PostalAddress","streetAddress":"[^"]+"/,
    )
    expect(body).toContain('"@type":"BreadcrumbList"')
    expect(await html(`/en/news/${seeded.article}`)).toContain('"@type":"NewsArticle"')
    expect(await html(`/en/attractions/${seeded.attraction}`)).toContain(
      '"@type":"TouristAttraction"',
    )
    expect(await html(`/en/businesses/${seeded.business}`)).toContain('"@type":"LocalBusiness"')
  })

  it('publishes an RSS feed per locale', async () => {
    const res = await get('/zh/news/rss.xml')
    expect(res.headers.get('content-type')).toContain('application/rss+xml')
    const xml = await res.text()
    expect(xml).toContain('<language>zh-Hans</language>')
    expect(xml).toContain(`/zh/news/${seeded.article}</link>`)
  })

  it('never shows drafts to visitors', async () => {
    expect((await get('/en/events/cqaos-open-afternoon')).status).toBe(404)
    expect(await html('/en/search?q=CQAOS')).not.toContain('cqaos-open-afternoon')
  })
})
