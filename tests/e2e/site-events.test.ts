import type { Browser } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { baseUrl, launchBrowser } from '../helpers/browser'
import { get, seeded } from '../helpers/site'

const day = (iso: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(iso))

describe('events calendar', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('filters to this weekend from the preset, in the URL, and back works', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl()}/en/events`)
    const allCount = await page.locator('main article').count()
    await page.click('a:has-text("This weekend")')
    await page.waitForURL(/when=weekend/)
    expect(await page.getAttribute('a:has-text("This weekend")', 'aria-current')).toBe('page')
    // Every listed event overlaps Saturday–Sunday in Chongqing.
    const today = day(new Date().toISOString())
    const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7
    const saturday = new Date(`${today}T00:00:00Z`)
    saturday.setUTCDate(saturday.getUTCDate() + (weekday === 6 ? -1 : 5 - weekday))
    const sunday = new Date(saturday)
    sunday.setUTCDate(sunday.getUTCDate() + 1)
    const starts = await page
      .locator('main article time')
      .evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!))
    for (const start of starts) expect(day(start) <= sunday.toISOString().slice(0, 10)).toBe(true)
    expect(await page.locator('main article').count()).toBeLessThanOrEqual(allCount)
    await page.goBack()
    await page.waitForURL((url) => !url.search.includes('weekend'))
    await page.close()
  })

  it('shows after Back the filters of the list it shows', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl()}/en/events`)
    await page.selectOption('#filter-category', 'market')
    await page.check('input[name="free"]')
    await page.click('button:has-text("Show results")')
    await page.waitForURL(/category=market/)
    await page.goBack()
    await page.waitForURL((url) => !url.search.includes('category'))
    await page.locator('main article').first().waitFor()
    expect(await page.inputValue('#filter-category')).toBe('')
    expect(await page.isChecked('input[name="free"]')).toBe(false)
    // A choice not submitted gives way to the filters a preset link leads to.
    await page.selectOption('#filter-category', 'market')
    await page.click('a:has-text("This weekend")')
    await page.waitForURL(/when=weekend/)
    await page.locator('a[aria-current="page"]:has-text("This weekend")').waitFor()
    expect(await page.inputValue('#filter-category')).toBe('')
    await page.close()
  })

  it('works without JavaScript: the filter form submits as a GET', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/en/events`)
    await page.selectOption('#filter-category', 'market')
    await page.click('button:has-text("Show results")')
    await page.waitForURL(/category=market/)
    const eyebrows = await page.locator('main article .card-eyebrow').allTextContents()
    expect(eyebrows.length).toBeGreaterThan(0)
    for (const e of eyebrows) expect(e).toContain('Market')
    await context.close()
  })

  it('never answers bad filter values with a 500', async () => {
    const long = 'x'.repeat(5000)
    for (const query of [
      'category=nonsense',
      'page=-3',
      'from=2026-13-45&to=2026-02-30',
      `district=${long}`,
      `category=${long}&when=${long}`,
      'page=99999',
      'free=%00%FF',
    ]) {
      for (const path of [
        '/en/events',
        '/en/attractions',
        '/en/businesses',
        '/en/news',
        '/en/search',
      ]) {
        const res = await get(`${path}?${query}`)
        expect([200, 400, 404], `${path}?${query}`).toContain(res.status)
      }
    }
    expect((await get('/en/events?page=99')).status).toBe(404)
    expect((await get(`/en/events/${long.slice(0, 300)}`)).status).toBe(404)
  })

  it('downloads an .ics that a calendar can read', async () => {
    const res = await get(`/en/events/${seeded.event}/ics`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/calendar')
    const ics = await res.text()
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/)
    expect(ics).toMatch(/DTSTART;TZID=Asia\/Shanghai:\d{8}T\d{6}/)
    expect(ics).toContain('BEGIN:VEVENT')
    // Where: the venue and its address (a relation to the venue carries it, lib/cardSelect).
    expect(ics).toMatch(/\r\nLOCATION:Super 80 Street\\, \S/)
    expect(ics).toContain('END:VCALENDAR')
  })

  it('shows a repeating event by its next date, with its rule, later dates and an RRULE', async () => {
    // Seeded as daily screenings, 19:30–21:30 from the seed day to six days later.
    const page = await browser.newPage()
    await page.goto(`${baseUrl()}/en/events/${seeded.event}`)
    const shown = await page.locator('h1 ~ p time').getAttribute('datetime')
    // The next screening not over when the page rendered: it started at most two hours before
    // that, and the page is at most one revalidation old (5 min), or served once stale after
    // rendering earlier in this run.
    expect(Date.parse(shown!)).toBeGreaterThan(Date.now() - 2 * 3600_000 - 15 * 60_000)
    await expect.poll(() => page.getByText(/^Every day until /).count()).toBe(1)
    const later = await page
      .locator('aside li time')
      .evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!))
    expect(later.length).toBeGreaterThanOrEqual(5)
    for (const [i, start] of later.entries()) {
      expect(Date.parse(start) - Date.parse(i === 0 ? shown! : later[i - 1])).toBe(86_400_000)
    }

    const ics = await (await get(`/en/events/${seeded.event}/ics`)).text()
    const until = later.at(-1)!.replace(/[-:]|\.\d+/g, '')
    expect(ics).toContain(`RRULE:FREQ=DAILY;UNTIL=${until}\r\n`)

    // An article's related card gives the next screening too, not the first.
    await page.goto(`${baseUrl()}/en/news/urban-renewal-old-factories-new-life`)
    const related = page.locator('article:not(:has(article))', {
      hasText: 'Open-air movie nights',
    })
    expect(await related.locator('time').getAttribute('datetime')).toBe(shown)
    expect(await related.textContent()).toContain('More dates')

    // In a view of one later day its card gives that day's screening, and says there are more.
    const third = day(later[2])
    await page.goto(`${baseUrl()}/en/events?from=${third}&to=${third}`)
    const card = page.locator('main article', { hasText: 'Open-air movie nights' })
    expect(await card.locator('time').getAttribute('datetime')).toBe(later[2])
    expect(await card.textContent()).toContain('More dates')
    await page.close()
  })

  it('offers the calendar as a filterable iCal feed', async () => {
    const all = await (await get('/en/events.ics')).text()
    const markets = await (await get('/en/events.ics?category=market')).text()
    expect(all).toContain('BEGIN:VCALENDAR')
    const count = (s: string) => s.split('BEGIN:VEVENT').length - 1
    expect(count(all)).toBeGreaterThan(count(markets))
    expect(count(markets)).toBeGreaterThan(0)
  })
})
