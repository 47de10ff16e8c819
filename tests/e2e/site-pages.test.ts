import type { Browser, Request } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { defaultNavigation } from '@/lib/navigation'
import { urls } from '@/lib/urls'

import { baseUrl, launchBrowser } from '../helpers/browser'
import { get, html, seeded, visitorPages } from '../helpers/site'

describe('visitor pages', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  for (const locale of ['en', 'zh']) {
    it(`renders every page type in ${locale}`, async () => {
      for (const path of visitorPages) {
        const res = await get(`/${locale}${path}`)
        expect(res.status, `/${locale}${path}`).toBe(200)
        const body = await res.text()
        expect(body, `/${locale}${path}`).toMatch(/<h1[\s>]/)
      }
    })
  }

  it('browses from a list to a detail page in zh with Chinese text', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl()}/zh/attractions`)
    await page.click(`a[href="/zh/attractions/${seeded.attraction}"]`)
    await page.waitForURL(`**/zh/attractions/${seeded.attraction}`)
    expect(await page.textContent('h1')).toBe('超级80街')
    await page.close()
  })

  it('switches language on a detail page, stays on the same document and remembers the choice', async () => {
    const context = await browser.newContext({ locale: 'en-US' })
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/en/events/${seeded.event}`)
    await page.click('summary:has-text("English")')
    await page.click('a[hreflang="zh-Hans"]')
    await page.waitForURL(`**/zh/events/${seeded.event}`)
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans')
    expect(await page.textContent('h1')).toBe('超级80街露天电影之夜')
    // The document's GET skipped the proxy; the switcher remembered the choice, so an address
    // without a language now leads to Chinese although the browser asks for English.
    await page.goto(`${baseUrl()}/`)
    expect(new URL(page.url()).pathname).toBe('/zh')
    await context.close()
  })

  for (const javaScriptEnabled of [true, false]) {
    it(`switches language on a filtered list and keeps the filters (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const context = await browser.newContext({ javaScriptEnabled })
      const page = await context.newPage()
      await page.goto(`${baseUrl()}/en/events?category=expo&when=weekend`)
      await page.click('summary:has-text("English")')
      await page.click('a[hreflang="zh-Hans"]')
      await page.waitForURL((url) => url.pathname === '/zh/events')
      expect(new URL(page.url()).search).toBe('?category=expo&when=weekend')
      expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans')
      // The filters still apply: the category is chosen and the weekend preset is current.
      expect(await page.inputValue('#filter-category')).toBe('expo')
      expect(await page.getAttribute('a[aria-current="page"][href*="when=weekend"]', 'href')).toBe(
        '/zh/events?category=expo&when=weekend',
      )
      await context.close()
    })
  }

  it('lays /ar out right to left', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(`${baseUrl()}/ar/events/${seeded.event}`)
    expect(await page.getAttribute('html', 'dir')).toBe('rtl')
    expect(await page.getAttribute('html', 'lang')).toBe('ar')
    // Mirrored: the logo sits at the right edge, the language menu at the left.
    const logo = await page.locator('header a').first().boundingBox()
    const language = await page.locator('header summary').boundingBox()
    expect(logo!.x).toBeGreaterThan(language!.x)
    expect(await page.textContent('main')).toContain('الفعاليات')
    await page.close()
  })

  it('lines the language menu up with the page, and closes it when the keyboard leaves it', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
    await page.goto(`${baseUrl()}/ar/events`)
    const menu = page.locator('header details')
    await page.focus('header summary')
    await page.keyboard.press('Enter')
    expect(await menu.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true)
    // Right to left, every name ends at the same edge, whichever way it is written.
    const rights = await menu
      .locator('li span')
      .evaluateAll((spans) => spans.map((s) => Math.round(s.getBoundingClientRect().right)))
    expect(new Set(rights).size).toBe(1)
    for (let i = 0; i <= rights.length; i++) await page.keyboard.press('Tab')
    const focusInMenu = await page.evaluate(() =>
      document.querySelector('header details')!.contains(document.activeElement),
    )
    expect(focusInMenu).toBe(false)
    expect(await menu.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false)
    await page.close()
  })

  it('tells a Japanese reader which text is still in English, marked lang="en"', async () => {
    const body = await html(`/ja/businesses/${seeded.noJapanese}`)
    expect(body).toContain('このページの一部はまだ日本語に翻訳されていないため')
    expect(body).toMatch(/<h1 lang="en"/)
    // The breadcrumb's last step is the same title, marked the same way.
    expect(body).toMatch(/<span aria-current="page" lang="en" dir="ltr"/)
    // A fully translated page has no notice.
    expect(await html(`/zh/businesses/${seeded.business}`)).not.toContain('role="note"')
  })

  it('marks a list card whose title fell back to English lang="en", and only that one', async () => {
    const body = await html('/ja/businesses?letter=c')
    const heading = (slug: string) =>
      new RegExp(`<h2([^>]*)><a[^>]*href="/ja/businesses/${slug}"`).exec(body)?.[1]
    expect(heading(seeded.noJapanese)).toContain('lang="en"')
    // cqaos has a Japanese name: its card is Japanese like the page.
    expect(heading(seeded.business)).toBeDefined()
    expect(heading(seeded.business)).not.toContain('lang=')
  })

  it('marks a related card on a detail page whose texts fell back to English lang="en"', async () => {
    const body = await html(`/ja/news/${seeded.article}`)
    const card = (path: string) =>
      new RegExp(`<h3([^>]*)><a[^>]*href="/ja/${path}"[^>]*>[^<]*</a></h3>(?:<p([^>]*)>)?`).exec(
        body,
      )
    const fellBack = card(`attractions/${seeded.relatedNoJapanese}`)
    expect(fellBack?.[1]).toContain('lang="en"')
    expect(fellBack?.[2]).toContain('lang="en"')
    // cqaos, related too, has a Japanese name: its card is Japanese like the page.
    const translated = card(`businesses/${seeded.business}`)
    expect(translated).not.toBeNull()
    expect(translated?.[1]).not.toContain('lang=')
  })

  it('marks a featured home card whose texts fell back to English lang="en", and its district', async () => {
    const body = await html('/ja')
    const heading = (path: string) =>
      new RegExp(`<h3([^>]*)><a[^>]*href="/ja/${path}"`).exec(body)?.[1]
    expect(heading(`businesses/${seeded.noJapanese}`)).toContain('lang="en"')
    expect(heading(`attractions/${seeded.featuredNoJapanese}`)).toContain('lang="en"')
    // Translated featured cards are Japanese like the page.
    expect(heading(`businesses/${seeded.business}`)).toBeDefined()
    expect(heading(`businesses/${seeded.business}`)).not.toContain('lang=')
    expect(heading(`attractions/${seeded.attraction}`)).toBeDefined()
    expect(heading(`attractions/${seeded.attraction}`)).not.toContain('lang=')
    // The card names its district: Dadukou has no Japanese name, Nan'an (南岸区) has.
    expect(body).toMatch(/<span lang="en" dir="ltr">Dadukou<\/span>/)
    expect(body).toMatch(/<span>南岸区<\/span>/)
  })

  it('marks an event venue and organizer whose names fell back to English lang="en"', async () => {
    const fact = (body: string, path: string) =>
      new RegExp(`<dd([^>]*)><a[^>]*href="/ja/${path}"`).exec(body)?.[1]
    const fellBack = await html(`/ja/events/${seeded.eventHostsNoJapanese}`)
    expect(fact(fellBack, 'attractions/belt-and-road-commodity-center')).toContain('lang="en"')
    expect(fact(fellBack, 'businesses/belt-and-road-commodity-center-co')).toContain('lang="en"')
    const translated = await html(`/ja/events/${seeded.eventHostsJapanese}`)
    expect(fact(translated, 'attractions/the-ring-muguang-forest')).toBeDefined()
    expect(fact(translated, 'attractions/the-ring-muguang-forest')).not.toContain('lang=')
    expect(fact(translated, 'businesses/the-ring')).toBeDefined()
    expect(fact(translated, 'businesses/the-ring')).not.toContain('lang=')
  })

  it('marks a district link whose name fell back to English lang="en"', async () => {
    const districtLink = (body: string, slug: string) =>
      new RegExp(`<dd[^>]*><a([^>]*href="/ja/districts/${slug}"[^>]*)>`).exec(body)?.[1]
    const fellBack = await html(`/ja/attractions/${seeded.featuredNoJapanese}`)
    expect(districtLink(fellBack, 'dadukou')).toContain('lang="en"')
    const translated = await html(`/ja/attractions/${seeded.attraction}`)
    expect(districtLink(translated, 'nanan')).toBeDefined()
    expect(districtLink(translated, 'nanan')).not.toContain('lang=')
  })

  it('lays out English that fell back on an Arabic page left to right', async () => {
    const unmarked: string[] = []
    let marked = 0
    const paths = [
      '',
      '/events',
      `/attractions/${seeded.attraction}`,
      `/news/${seeded.article}`,
      `/businesses/${seeded.noJapanese}`,
    ]
    for (const path of paths) {
      const tags = (await html(`/ar${path}`)).match(/<[a-z0-9]+\s[^>]*\blang="en"[^>]*>/g) ?? []
      marked += tags.length
      unmarked.push(...tags.filter((tag) => !/\bdir="ltr"/.test(tag)).map((t) => `${path}: ${t}`))
    }
    expect(marked).toBeGreaterThan(10) // the seed leaves the Arabic bodies and facts in English
    expect(unmarked).toEqual([])
  })

  it('shows cancelled events as cancelled', async () => {
    const body = await html(`/en/events/${seeded.cancelledEvent}`)
    expect(body).toContain('This event has been cancelled.')
  })

  it('answers a reader who still holds a cached page with 304, and sends it gzipped once (lib/http)', async () => {
    const path = `/zh/attractions/${seeded.attraction}`
    await get(path) // fills the cache
    for (const encoding of ['identity', 'gzip']) {
      const first = await get(path, { 'accept-encoding': encoding })
      expect(first.headers.get('x-nextjs-cache'), encoding).toBe('HIT')
      const etag = first.headers.get('etag')!
      expect(etag, encoding).toMatch(/^W\/"[\w-]{27}"$/)
      // As a browser revalidates (fetch itself would ask for the whole page with no-cache).
      const held = { 'if-none-match': etag, 'cache-control': 'max-age=0' }
      const again = await get(path, { ...held, 'accept-encoding': encoding })
      expect(again.status, encoding).toBe(304)
      expect(await again.text()).toBe('')
    }
    const stale = await get(path, {
      'if-none-match': '"an-older-page"',
      'cache-control': 'max-age=0',
    })
    expect(stale.status).toBe(200)
    expect(await stale.text()).toContain('超级80街')
    // From its second send on, the page is gzipped once and those bytes sent again.
    const copies = []
    for (let send = 0; send < 5; send++) {
      const res = await get(path, { 'accept-encoding': 'gzip' })
      expect(res.headers.get('content-encoding')).toBe('gzip')
      copies.push(await res.text()) // fetch unzips it
    }
    expect(new Set(copies).size).toBe(1)
    expect(copies[0]).toContain('超级80街')
  })

  it('resizes an image once and serves it again from its image cache', async () => {
    const page = await html(`/en/attractions/${seeded.attraction}`)
    const src = /src="(\/_next\/image\?[^"]+)"/.exec(page)![1]!.replace(/&amp;/g, '&')
    const accept = { accept: 'image/avif,image/webp,*/*' }
    expect((await get(src, accept)).status).toBe(200)
    const again = await get(src, accept)
    expect(again.headers.get('content-type')).toBe('image/avif')
    expect(again.headers.get('x-nextjs-cache')).toBe('HIT')
  })

  it('shows the cookie notice from the first paint until it is dismissed, then never again', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const notice = page.getByRole('region', { name: 'Cookie notice' })
    // With Next's scripts blocked the page never hydrates: what shows is what the HTML and its
    // inline reveal show as the page is read.
    const scripts = '**/_next/static/**/*.js'
    const withoutHydration = () => page.route(scripts, (route) => route.abort())
    await withoutHydration()
    await page.goto(`${baseUrl()}/en/events`)
    expect(await notice.isVisible()).toBe(true)
    await page.unroute(scripts)
    await page.reload()
    await notice.getByRole('button', { name: 'Got it' }).click()
    await notice.waitFor({ state: 'detached' })
    await withoutHydration()
    await page.reload()
    expect(await page.locator('#cookie-notice').isVisible()).toBe(false)
    await context.close()
    // Without JavaScript it could not be dismissed: it stays hidden.
    const noScript = await browser.newContext({ javaScriptEnabled: false })
    const plain = await noScript.newPage()
    await plain.goto(`${baseUrl()}/en/events`)
    expect(await plain.locator('#cookie-notice').count()).toBe(1)
    expect(await plain.locator('#cookie-notice').isVisible()).toBe(false)
    await noScript.close()
  })

  it('keeps the 404 of a made-up address only once it is asked again', async () => {
    const path = `/en/news/made-up-${Date.now()}`
    const answers = [await get(path), await get(path), await get(path)]
    expect(answers.map((a) => a.status)).toEqual([404, 404, 404])
    expect(answers.map((a) => a.headers.get('x-nextjs-cache'))).toEqual(['MISS', 'MISS', 'HIT'])
  })

  it('answers unknown documents with the localized 404', async () => {
    const res = await get('/zh/news/no-such-story')
    expect(res.status).toBe(404)
    const body = await res.text()
    expect(body).toContain('页面不存在')
    expect(body).toMatch(/<title>页面不存在 · [^<]+<\/title>/)
    expect(await (await get('/ar/nothing-here')).text()).toMatch(/<title>الصفحة غير موجودة · /)
  })

  it('punctuates the footer the way each language does', async () => {
    const zh = await html('/zh')
    expect(zh).toMatch(/© \d{4} [^<.]+。[^<]+/)
    expect(zh).toMatch(/[^<:]：<a href="tel:/)
    const en = await html('/en')
    expect(en).toMatch(/© \d{4} [^<]+\. [^<]+/)
    expect(en).toMatch(/[^<]: <a href="tel:/)
  })

  it('keeps a Latin file type in a right-to-left label in its own order', async () => {
    // Without the isolates "(.ics)" read "(ics.)" in Arabic.
    expect(await html(`/ar/events/${seeded.event}`)).toContain('(\u2066.ics\u2069)')
  })

  it('keeps the 404 title in the tab once the page has hydrated', async () => {
    // React applies the metadata in the RSC payload on hydration, and that is the page's own.
    const page = await browser.newPage()
    const paths = [
      '/zh/news/no-such-story',
      '/zh/nothing-here',
      // Lists that find nothing to show: past the last page, a district that does not exist.
      '/zh/news?page=99',
      '/zh/events?district=nowhere',
      '/zh/attractions?page=99',
      '/zh/businesses?district=nowhere',
      '/zh/search?q=expo&type=events&page=99',
    ]
    for (const path of paths) {
      await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' })
      expect(await page.title(), path).toMatch(/^页面不存在 · /)
    }
    await page.close()
  })

  it('fills a tall screen with the 404 down to the footer', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 1600 } })
    await page.goto(`${baseUrl()}/en/nothing-here`, { waitUntil: 'networkidle' })
    const block = await page.locator('main > .fills-main').boundingBox()
    const footer = await page.locator('body > footer').boundingBox()
    expect(block!.y + block!.height).toBeCloseTo(footer!.y, 0)
    await page.close()
  })

  it('leads from the header to every section of the menu, districts included', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl()}/zh`)
    const hrefs = await page
      .locator('header nav a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(hrefs).toEqual(defaultNavigation.main.map((section) => urls[section]('zh')))
    expect(hrefs).toContain('/zh/districts')
    await page.close()
  })

  it('downloads the images it shows, not the heroes of the pages it prefetches', async () => {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 } })
    for (const path of ['/en/news', `/en/attractions/${seeded.attraction}`, '/zh/events']) {
      const images: string[] = []
      const prefetches: string[] = []
      const track = (request: Request) => {
        if (request.resourceType() === 'image') images.push(request.url())
        if (request.headers()['rsc']) prefetches.push(request.url())
      }
      page.on('request', track)
      await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' })
      page.off('request', track)
      const shown = await page
        .locator('img')
        .evaluateAll((els) => els.map((e) => (e as HTMLImageElement).currentSrc))
      // Pages in view are prefetched (the home page's hero among them), so this could fail.
      expect(prefetches.length, path).toBeGreaterThan(0)
      expect(
        images.filter((url) => !shown.includes(url)),
        path,
      ).toEqual([])
    }
    await page.close()
  })

  it('answers addresses outside the site with one cached 404 per language', async () => {
    const zh = { 'accept-language': 'zh-CN,zh;q=0.9' }
    const answers = []
    const paths = [
      '/wp-admin/install',
      `/phpmyadmin-${Date.now()}`,
      '/zh/cgi-bin?id=1',
      // Known sections, deeper than their pages.
      '/zh/news/a-story/comments',
      '/zh/events/an-event/ics/more',
      '/zh/search/wp-login.php.bak/x',
    ]
    for (const path of paths) {
      const res = await get(path, zh)
      answers.push({ status: res.status, cache: res.headers.get('x-nextjs-cache') })
      expect(await res.text()).toContain('页面不存在')
    }
    expect(answers.map((a) => a.status)).toEqual(paths.map(() => 404))
    // Whatever the address, after the first it is the same page, from the cache.
    expect(answers.slice(1).map((a) => a.cache)).toEqual(paths.slice(1).map(() => 'HIT'))
  })
})
