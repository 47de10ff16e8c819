import type { Browser } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations } from '../helpers/axe'
import { baseUrl, launchBrowser } from '../helpers/browser'
import { seeded, visitorPages } from '../helpers/site'

// The visitor pages, and the two answers that are not a page of content: no results, and a 404.
const pageTypes = [...visitorPages, '/search?q=zzqqxxyy', '/no-such-page']

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  for (const locale of ['en', 'zh', 'ar']) {
    it(`has no violations on any page type in ${locale}`, async () => {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
      const found: string[] = []
      for (const path of pageTypes) {
        await page.goto(`${baseUrl()}/${locale}${path}`, { waitUntil: 'load' })
        // Next 16.3+ streams a 404 into an empty error shell first (vercel/next.js#62228):
        // scan the page the visitor ends up with, not that shell.
        await page.waitForSelector('html[lang]', { state: 'attached' })
        found.push(...(await axeViolations(page)).map((v) => `/${locale}${path}: ${v}`))
      }
      expect(found).toEqual([])
      await page.close()
    })
  }

  it('reflows at 320 px without horizontal scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } })
    for (const path of [
      '/en',
      `/en/events/${seeded.event}`,
      '/zh/businesses',
      '/ar/attractions',
      // Korean keeps its words whole, and this company's name is one long word.
      `/ko/businesses/${seeded.business}`,
    ]) {
      await page.goto(`${baseUrl()}${path}`)
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      )
      expect(overflow, path).toBeLessThanOrEqual(0)
    }
    await page.close()
  })

  it('leads the keyboard through the header in the order a wide screen shows it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    for (const [locale, reading] of [
      ['en', 1],
      ['ar', -1],
    ] as const) {
      await page.goto(`${baseUrl()}/${locale}`)
      // Focusable in source order, which is the keyboard's order (nothing sets a tabindex).
      const starts = await page
        .getByRole('banner')
        .locator('a[href], button, summary, select, input')
        .evaluateAll((elements) =>
          elements
            .filter((element) => element.checkVisibility())
            .map((element) => {
              const box = element.getBoundingClientRect()
              return document.dir === 'rtl' ? box.right : box.left
            }),
        )
      expect(starts.length, locale).toBeGreaterThan(4)
      const steps = starts.slice(1).map((start, i) => (start - starts[i]!) * reading)
      expect(
        steps.filter((step) => step <= 0),
        locale,
      ).toEqual([])
    }
    await page.close()
  })

  it('starts with a skip link to the main content', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl()}/en`)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main')
    await page.close()
  })
})
