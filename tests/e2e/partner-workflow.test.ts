/**
 * Issue 6 in the browser: a partner creates an event in the admin and submits it for review; an
 * editor finds it in the review queue and approves it (publishes); the public API and the
 * visitor's events pages show it. Plus the same rules through REST and GraphQL.
 */
import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { baseUrl, launchBrowser, signIn } from '../helpers/browser'

const run = `${Date.now().toString(36)}`
const title = `Rooftop hotpot night ${run}`
const slug = `rooftop-hotpot-night-${run}`

/** Tomorrow at 19:00 in the picker's "MM/dd/yyyy HH:mm" (the browser runs in UTC). */
function tomorrowEvening(): string {
  const d = new Date(Date.now() + 86400_000)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()} 19:00`
}

const publicFind = async (s: string) => {
  const res = await fetch(`${baseUrl()}/api/events?where[slug][equals]=${s}&depth=0`)
  expect(res.status).toBe(200)
  return (await res.json()) as { docs: { id: number; title: string; reviewStatus?: string }[] }
}

async function restLogin(email: string) {
  const res = await fetch(`${baseUrl()}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.77' },
    body: JSON.stringify({ email, password: process.env.SEED_PASSWORD }),
  })
  expect(res.status).toBe(200)
  return ((await res.json()) as { token: string }).token
}

/** Pick an option of a Payload select or relationship field. */
async function choose(page: Page, field: string, option?: string) {
  await page.click(`#field-${field} .rs__control`)
  const options = page.locator('.rs__option')
  await options.first().waitFor()
  await (option ? options.filter({ hasText: option }).first() : options.first()).click()
}

describe('partner workflow in the admin', () => {
  let browser: Browser
  let eventId: number

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('a partner signs in, creates an event and submits it for review', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await signIn(page, 'partner1@example.com')

    // Only their own corner of the admin.
    await page.waitForSelector('#your-events')
    const nav = (await page.locator('nav').allInnerTexts()).join('\n')
    expect(nav).toContain('Events')
    expect(nav).not.toContain('Articles')
    expect(nav).not.toContain('Partner Applications')

    await page.goto(`${baseUrl()}/admin/collections/events/create`)
    await page.waitForSelector('#field-title')
    // A partner never sees Publish, only Save draft and Submit for review.
    expect(await page.locator('#action-save').count()).toBe(0)
    await page.fill('#field-title', title)
    await page.fill('#field-slug', slug)
    await choose(page, 'category', 'Market')
    await choose(page, 'organizer')
    await page.fill('#field-startsAt input', tomorrowEvening())
    await page.keyboard.press('Escape')

    const saved = page.waitForResponse(
      (r) => r.url().includes('/api/events?') && r.request().method() === 'POST',
    )
    await page.click('#action-submit-for-review')
    const response = await saved
    expect(response.status()).toBe(201)
    const { doc } = (await response.json()) as { doc: { id: number; reviewStatus: string } }
    expect(doc.reviewStatus).toBe('pending')
    eventId = doc.id
    await page.waitForURL(new RegExp(`/admin/collections/events/${eventId}`), { timeout: 30_000 })

    // Their dashboard shows it waiting for review; the public does not see it yet.
    await page.goto(`${baseUrl()}/admin`)
    const row = page.locator(`[data-testid="partner-event-${eventId}"]`)
    await row.waitFor()
    expect(await row.innerText()).toContain('Waiting for review')
    expect((await publicFind(slug)).docs).toHaveLength(0)
    await context.close()
  })

  it('an editor sees it in the review queue and approves it by publishing', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await signIn(page, 'editor@example.com')
    const count = page.locator('[data-testid="pending-count"]')
    await count.waitFor()
    expect(await count.innerText()).toMatch(/Events waiting for review: [1-9]/)

    await page.click('#review-queue a:has-text("Open the review queue")')
    await page.waitForURL(/\/admin\/collections\/events\?/)
    await page.locator(`a:has-text("${title}")`).first().click()
    await page.waitForURL(new RegExp(`/admin/collections/events/${eventId}`))
    await page.waitForSelector('#field-title')
    // The partner may still hold the edit lock from their session.
    const takeOver = page.locator('button:has-text("Take over")')
    if (await takeOver.isVisible().catch(() => false)) await takeOver.click()

    const published = page.waitForResponse(
      (r) => r.url().includes(`/api/events/${eventId}`) && r.request().method() === 'PATCH',
    )
    await page.click('#action-save')
    const response = await published
    expect(response.status()).toBe(200)
    const { doc } = (await response.json()) as { doc: { _status: string; reviewStatus: string } }
    expect(doc).toMatchObject({ _status: 'published', reviewStatus: 'approved' })
    await context.close()
  })

  it('the approved event is public through the API', async () => {
    const { docs } = await publicFind(slug)
    expect(docs).toHaveLength(1)
    expect(docs[0].title).toBe(title)
    expect(docs[0].reviewStatus).toBe('approved')
  })

  // Needs the visitor site's events page (built on main by the site engineer): until that is
  // merged, /en/events is the catch-all 404 and this test is skipped rather than failed.
  it('the approved event appears on /en/events and /zh/events', async (ctx) => {
    const probe = await fetch(`${baseUrl()}/en/events`)
    if (probe.status === 404) ctx.skip()
    for (const locale of ['en', 'zh']) {
      let html = ''
      // A publish revalidates the cached pages; allow the 5 s of DESIGN §7.
      for (let i = 0; i < 10 && !html.includes(title); i++) {
        if (i > 0) await new Promise((r) => setTimeout(r, 500))
        html = await (await fetch(`${baseUrl()}/${locale}/events`)).text()
      }
      expect(html, `/${locale}/events`).toContain(title)
    }
  })
})

describe('the same rules through REST and GraphQL', () => {
  let partnerToken: string
  let otherEventId: number

  beforeAll(async () => {
    partnerToken = await restLogin('partner2@example.com')
    // An unpublished event of partner 1's business (seeded) that partner 2 must not touch.
    const res = await fetch(
      `${baseUrl()}/api/events?where[organizer.slug][equals]=cqaos&where[_status][equals]=draft&draft=true&depth=0&limit=1`,
      { headers: { authorization: `JWT ${await restLogin('editor@example.com')}` } },
    )
    otherEventId = ((await res.json()) as { docs: { id: number }[] }).docs[0].id
  })

  const rest = (path: string, method: string, body: unknown) =>
    fetch(`${baseUrl()}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `JWT ${partnerToken}` },
      body: JSON.stringify(body),
    })

  const graphql = async (query: string) => {
    const res = await fetch(`${baseUrl()}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${partnerToken}` },
      body: JSON.stringify({ query }),
    })
    return (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] }
  }

  it("REST refuses a partner's publish, self-approval and another business's event", async () => {
    const own = await rest('/api/events?draft=true', 'POST', {
      title: `API event ${run}`,
      slug: `api-event-${run}`,
      category: 'market',
      startsAt: new Date(Date.now() + 5 * 86400_000).toISOString(),
      organizer: await sasseurId(partnerToken),
    })
    expect(own.status).toBe(201)
    const id = ((await own.json()) as { doc: { id: number } }).doc.id

    expect((await rest(`/api/events/${id}`, 'PATCH', { _status: 'published' })).status).toBe(403)
    expect((await rest(`/api/events/${id}`, 'PATCH', { reviewStatus: 'approved' })).status).toBe(
      403,
    )
    expect((await rest(`/api/events/${otherEventId}`, 'PATCH', { title: 'Mine now' })).status).toBe(
      403,
    )
    expect((await publicFind(`api-event-${run}`)).docs).toHaveLength(0)
  })

  it("GraphQL refuses the same, and hides another partner's drafts", async () => {
    const publish = await graphql(
      `mutation { updateEvent(id: ${otherEventId}, data: { _status: published }) { id } }`,
    )
    expect(publish.errors?.length).toBeGreaterThan(0)
    const read = await graphql(`{ Event(id: ${otherEventId}, draft: true) { id title } }`)
    expect(read.data?.Event ?? null).toBeNull()
  })
})

async function sasseurId(token: string): Promise<number> {
  const res = await fetch(`${baseUrl()}/api/users/me`, {
    headers: { authorization: `JWT ${token}` },
  })
  const { user } = (await res.json()) as { user: { businesses: (number | { id: number })[] } }
  const first = user.businesses[0]
  return typeof first === 'object' ? first.id : first
}
