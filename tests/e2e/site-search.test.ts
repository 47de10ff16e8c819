import type { Browser } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

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
    expect(body).not.toContain('_start')
    // The cached page's own address is not one.
    expect((await get('/ja/search/_start')).status).toBe(404)
    // With a query, the page still renders per request, and the switcher keeps the query.
    const asked = await get('/ja/search?q=opera')
    expect(asked.headers.get('x-nextjs-cache')).toBeNull()
    expect(await asked.text()).toContain('href="/ar/search?q=opera"')
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
})
