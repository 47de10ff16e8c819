import type { Browser } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { locales } from '@/i18n/locales'

import { baseUrl, launchBrowser } from '../helpers/browser'
import { get, html } from '../helpers/site'

describe('search', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('finds a two-character Chinese word in zh, with type labels', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl()}/zh/search`)
    await page.fill('input[name="q"]', '重庆')
    await page.press('input[name="q"]', 'Enter')
    await page.waitForURL(/q=/)
    const status = await page.textContent('main [role="status"]')
    expect(status).toMatch(/“重庆”/)
    expect(await page.locator('main article').count()).toBeGreaterThan(0)
    const labels = await page.locator('main article .card-eyebrow').allTextContents()
    expect(labels.some((l) => ['新闻', '去处', '活动', '企业'].includes(l.trim()))).toBe(true)
    await page.close()
  })

  it('shows a broad search a few hits of each type, each type linking to all of its hits', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl()}/en/search?q=chongqing`)
    const groups = page.locator('main section[aria-labelledby^="results-"]')
    expect(await groups.count()).toBeGreaterThan(1)
    for (const group of await groups.all()) {
      const cards = await group.locator('article').count()
      expect(cards).toBeGreaterThan(0)
      expect(cards).toBeLessThanOrEqual(3)
    }
    const places = page.locator('section[aria-labelledby="results-attractions"]')
    expect(await places.locator('h2').textContent()).toBe('Places')
    const more = places.getByRole('link', { name: /^All \d+ places$/ })
    const all = Number((await more.textContent())!.match(/\d+/)![0])
    expect(all).toBeGreaterThan(3)
    await more.click()
    await page.waitForURL(/type=attractions/)
    const labels = await page.locator('main article .card-eyebrow').allTextContents()
    expect(labels).toEqual(Array(all).fill('Place'))
    await page.close()
  })

  it('pages through all the hits of a type, with the count the group link gave', async () => {
    const page = await browser.newPage()
    // "the" is in more than a page of the demo events (12 a page).
    await page.goto(`${baseUrl()}/en/search?q=the`)
    const more = page
      .locator('section[aria-labelledby="results-events"]')
      .getByRole('link', { name: /^All \d+ events$/ })
    const all = Number((await more.textContent())!.match(/\d+/)![0])
    expect(all).toBeGreaterThan(12)
    await more.click()
    await page.waitForURL(/type=events/)
    expect(await page.textContent('main [role="status"]')).toBe(`${all} results for “the”`)
    const links = () =>
      page
        .locator('main article a.card-link')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    const first = await links()
    expect(first).toHaveLength(12)
    const pages = page.getByRole('navigation', { name: 'Pages' })
    await pages.getByRole('link', { name: 'Next' }).click()
    await page.waitForURL(/page=2/)
    // Rendered once the pager marks page 2 as the current one.
    await pages.locator('[aria-current="page"]', { hasText: '2' }).waitFor()
    expect(page.url()).toMatch(/[?&]q=the\b.*type=events|type=events.*[?&]q=the\b/)
    const second = await links()
    expect(second.length).toBe(Math.min(12, all - 12))
    expect(new Set([...first, ...second]).size).toBe(first.length + second.length)
    const beyond = await get(`/en/search?q=the&type=events&page=${Math.ceil(all / 12) + 1}`)
    expect(beyond.status).toBe(404)
    await page.close()
  })

  it('finds the city by its Russian and Arabic names, in cards written in that language', async () => {
    for (const [locale, city, said] of [
      ['ru', 'Чунцин', /^По запросу «Чунцин»: \d+ результат/],
      ['ar', 'تشونغتشينغ', /\d+ (نتيجة|نتائج) عن «تشونغتشينغ»$/],
    ] as const) {
      const page = await browser.newPage()
      await page.goto(`${baseUrl()}/${locale}/search?q=${encodeURIComponent(city)}`)
      expect(await page.textContent('main [role="status"]'), locale).toMatch(said)
      const titles = page.locator('main article .card-title')
      expect(await titles.count(), locale).toBeGreaterThan(3)
      // Every title shown is the visitor's own, none fell back to English.
      expect(await page.locator('main article .card-title[lang="en"]').count(), locale).toBe(0)
      await page.close()
    }
  })

  it('finds a name pasted in Chinese from an English page, and shows the English card', async () => {
    const body = await html(`/en/search?q=${encodeURIComponent('二厂')}`)
    expect(body).toContain('href="/en/attractions/testbed2"')
    expect(body).toContain('Testbed2')
  })

  it('finds an English word and links to the document', async () => {
    const body = await html('/en/search?q=opera')
    expect(body).toContain('/en/events/sichuan-opera-evening')
  })

  it('serves the page before a query from the cache, switching language to the same page', async () => {
    const first = await get('/ja/search')
    const again = await get('/ja/search')
    expect([first.status, again.status]).toEqual([200, 200])
    expect(again.headers.get('x-nextjs-cache')).toBe('HIT')
    const body = await again.text()
    expect(body).toContain('<html lang="ja"')
    expect(body).toContain('href="/ar/search"')
    expect(body).not.toContain('_filter')
  })

  it('serves a search asked again from the cache, its words kept by the language switcher', async () => {
    // Unique words, so the first answer is this test's own render.
    const words = `火锅 ${Date.now()}% / a&b`
    const path = `/ja/search?q=${encodeURIComponent(words)}&type=events`
    const answers = [await get(path), await get(path), await get(path)]
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200])
    // Words asked once are not kept (lib/cache/memoryCacheHandler.mjs); asked again, they are.
    expect(answers.map((a) => a.headers.get('x-nextjs-cache'))).toEqual(['MISS', 'MISS', 'HIT'])
    const body = await answers[2]!.text()
    expect(body).toContain(`value="${words.replace('&', '&amp;')}"`)
    const kept = new URLSearchParams({ q: words, type: 'events' }).toString()
    expect(body).toContain(`href="/ar/search?${kept.replace('&', '&amp;')}"`)
    // The same search written another way is the same cached page.
    const respaced = await get(`/ja/search?type=events&q=${encodeURIComponent(` ${words}  `)}`)
    expect(respaced.headers.get('x-nextjs-cache')).toBe('HIT')
    // The cached page's own address is not one.
    expect((await get('/ja/search/_filter/all')).status).toBe(404)
  })

  it('has a no-results state', async () => {
    const body = await html('/en/search?q=zzqqxxyy')
    expect(body).toContain('Nothing found for “zzqqxxyy”')
  })

  it('is never prefetched, so page views do not fetch it for the few who search', async () => {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 } })
    const prefetched: string[] = []
    const links: string[] = []
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (!request.headers()['rsc']) return
      links.push(url.pathname)
      if (url.pathname.endsWith('/search')) prefetched.push(url.pathname)
    })
    for (const path of ['/en', '/zh/news', '/en/not-a-page']) {
      await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' })
    }
    expect(links.length).toBeGreaterThan(0) // other links in view are prefetched, so this could fail
    expect(prefetched).toEqual([])
    await page.close()
  })

  it('finds something for each example the home page suggests, in every language', async () => {
    for (const { code } of locales) {
      const home = await html(`/${code}`)
      const links = [...home.matchAll(/href="(\/[a-z]{2}\/search\?q=[^"]+)"/g)].map((m) => m[1])
      expect(links, code).toHaveLength(3)
      for (const link of links) {
        const body = await html(link.replace(/&amp;/g, '&'))
        expect(body.includes('<article'), `${code}: ${decodeURIComponent(link)}`).toBe(true)
      }
    }
  })
})
