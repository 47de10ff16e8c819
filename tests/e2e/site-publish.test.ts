import type { Browser } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { baseUrl, launchBrowser, signIn } from '../helpers/browser'
import { nextClientAddress } from '../helpers/rawHttp'
import { signedIn } from '../helpers/rest'
import { get, html, waitFor } from '../helpers/site'

describe('publishing and previewing', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('an editor publishes a change in the admin and the cached page shows it, no restart', async () => {
    // Warm the cache first, so the test proves revalidation rather than a first render.
    const before = await html('/en/districts/dadukou')
    const district = await (await get('/api/districts?where[slug][equals]=dadukou&depth=0')).json()
    const id = district.docs[0].id
    const marker = `Updated by an editor ${Date.now()}.`
    expect(before).not.toContain(marker)

    const context = await browser.newContext()
    const page = await context.newPage()
    await signIn(page, 'editor@example.com')
    await page.goto(`${baseUrl()}/admin/collections/districts/${id}`)
    const summary = page.locator('#field-summary')
    await summary.waitFor({ timeout: 30_000 })
    await summary.fill(`${await summary.inputValue()} ${marker}`)
    await page.click('#action-save, button:has-text("Publish changes")')
    const shown = await waitFor(
      async () => (await html('/en/districts/dadukou')).includes(marker),
      10_000,
    )
    expect(shown).toBe(true)
    // The list that shows it (the index) was revalidated too, and so was every locale: Japanese
    // has no summary of its own, so it shows the new English one.
    expect(await html('/en/districts')).toContain(marker)
    expect(await html('/ja/districts/dadukou')).toContain(marker)
    await context.close()
  })

  it("shows the portal's accounts that an admin lists in the footer, in every language, and no script address", async () => {
    const admin = await signedIn('admin@example.com', nextClientAddress())
    const save = (social: { label: string; url: string }[]) =>
      admin.call('POST', '/api/globals/site-settings', { social })
    expect((await html('/zh')).includes('weibo.com/chongqing-portal')).toBe(false)
    const refused = await save([{ label: 'Weibo', url: 'javascript:alert(1)' }])
    expect(refused.status).toBe(400)
    try {
      const saved = await save([{ label: 'Weibo', url: 'https://weibo.com/chongqing-portal' }])
      expect(saved.status).toBe(200)
      const link =
        /<ul aria-label="关注我们"[^>]*><li><a href="https:\/\/weibo.com\/chongqing-portal"/
      expect(await waitFor(async () => link.test(await html('/zh')), 10_000)).toBe(true)
      expect(await html('/ar/events')).toContain('href="https://weibo.com/chongqing-portal"')
    } finally {
      expect((await save([])).status).toBe(200)
    }
  })

  it('lets signed-in staff preview a draft, and nobody else', async () => {
    const path = '/preview?collection=events&slug=cqaos-open-afternoon&locale=en'
    expect((await get(path)).status).toBe(403)
    expect((await get('/en/events/cqaos-open-afternoon')).status).toBe(404)

    const context = await browser.newContext()
    const page = await context.newPage()
    await signIn(page, 'editor@example.com')
    await page.goto(`${baseUrl()}${path}`)
    await page.waitForURL('**/en/events/cqaos-open-afternoon')
    expect(await page.textContent('h1')).toContain('CQAOS open afternoon')
    expect(await page.textContent('[role="status"]')).toContain('unpublished drafts')
    await context.close()
    // The draft stays invisible to visitors.
    expect((await get('/en/events/cqaos-open-afternoon')).status).toBe(404)
  })
})
