import type { Browser } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { revalidateToken } from '@/lib/revalidateToken'

import { baseUrl, launchBrowser } from '../helpers/browser'

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${baseUrl()}${path}`, { headers, redirect: 'manual' })

describe('locale routing and the platform', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('redirects / by Accept-Language', async () => {
    const zh = await get('/', { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.5' })
    expect(zh.status).toBeGreaterThanOrEqual(300)
    expect(zh.status).toBeLessThan(400)
    expect(new URL(zh.headers.get('location')!, baseUrl()).pathname).toBe('/zh')
    const ar = await get('/', { 'accept-language': 'ar-EG,ar;q=0.9' })
    expect(new URL(ar.headers.get('location')!, baseUrl()).pathname).toBe('/ar')
    const unknown = await get('/', { 'accept-language': 'sw-KE' })
    expect(new URL(unknown.headers.get('location')!, baseUrl()).pathname).toBe('/en')
  })

  it('remembers an explicit language choice in a cookie', async () => {
    const res = await get('/', { 'accept-language': 'en-US', cookie: 'NEXT_LOCALE=ja' })
    expect(new URL(res.headers.get('location')!, baseUrl()).pathname).toBe('/ja')
  })

  it('redirects an unprefixed section to the visitor language', async () => {
    const res = await get('/events', { 'accept-language': 'fr-FR' })
    expect(new URL(res.headers.get('location')!, baseUrl()).pathname).toBe('/fr/events')
  })

  it('renders /zh with lang="zh-Hans" and /ar right-to-left', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl()}/zh`)
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans')
    expect(await page.getAttribute('html', 'dir')).toBe('ltr')
    await page.goto(`${baseUrl()}/ar`)
    expect(await page.getAttribute('html', 'lang')).toBe('ar')
    expect(await page.getAttribute('html', 'dir')).toBe('rtl')
    await page.close()
  })

  it('answers 404 for an unknown locale and an unknown page', async () => {
    expect((await get('/xx')).status).toBe(404)
    expect((await get('/xx/news')).status).toBe(404)
    expect((await get('/en/no-such-page')).status).toBe(404)
  })

  it('renders the admin sign-in page', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl()}/admin`)
    await page.waitForSelector('input[name="email"]', { timeout: 30_000 })
    expect(await page.isVisible('input[name="password"]')).toBe(true)
    await page.close()
  })

  it('reports health with the database up', async () => {
    const res = await get('/api/health')
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'up' })
  })

  it('serves the GraphQL API', async () => {
    const res = await fetch(`${baseUrl()}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Articles(limit: 1) { totalDocs } }' }),
    })
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.data.Articles.totalDocs).toBeGreaterThan(0)
  })
})

describe('security headers', () => {
  it('sends the same protective headers on visitor pages, the admin and the API', async () => {
    for (const path of ['/en', '/admin/login', '/api/health']) {
      const res = await fetch(`${baseUrl()}${path}`)
      const csp = res.headers.get('content-security-policy') ?? ''
      expect(csp, path).toContain("object-src 'none'")
      expect(csp, path).toContain("base-uri 'none'")
      expect(csp, path).toContain("frame-ancestors 'self'")
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(res.headers.get('referrer-policy'), path).toBeTruthy()
      expect(res.headers.get('permissions-policy'), path).toContain('camera=()')
      expect(res.headers.get('x-powered-by'), path).toBeNull()
    }
  })

  it('runs the admin under the policy without violations', async () => {
    const browser = await launchBrowser()
    const page = await browser.newPage()
    const violations: string[] = []
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text())
    })
    await page.goto(`${baseUrl()}/admin/login`)
    await page.waitForSelector('input[name="email"]')
    await page.goto(`${baseUrl()}/en`)
    await browser.close()
    expect(violations).toEqual([])
  })
})

describe('revalidation route for work done outside requests', () => {
  const post = (token: string | null, body: unknown) =>
    fetch(`${baseUrl()}/api/internal/revalidate`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { 'x-revalidate-token': token } : {}),
      },
      body: JSON.stringify(body),
    })

  it('refuses callers without the deployment token', async () => {
    expect((await post(null, { tags: ['c:articles'] })).status).toBe(403)
    expect((await post('0'.repeat(64), { tags: ['c:articles'] })).status).toBe(403)
  })

  it('clears the given tags for the holder of the token', async () => {
    const token = revalidateToken(process.env.PAYLOAD_SECRET)
    expect((await post(token, { tags: [] })).status).toBe(400)
    const res = await post(token, { tags: ['c:articles'] })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ revalidated: ['c:articles'] })
  })
})
