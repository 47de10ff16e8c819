import * as staticInfo from 'next/dist/build/analysis/get-page-static-info'
import { getMiddlewareRouteMatcher } from 'next/dist/shared/lib/router/utils/middleware-route-matcher'
import { describe, expect, it, vi } from 'vitest'

import { localeCodes } from '@/i18n/locales'
import { filteredLists, type FilteredSection } from '@/lib/filters/filteredLists'
import { config } from '@/proxy'

// Only the exported config is under test; next-intl's middleware does not load outside Next.
vi.mock('next-intl/middleware', () => ({ default: () => () => null }))

// Next's own compiler for it, which its type declarations leave out.
const { getMiddlewareMatchers } = staticInfo as unknown as {
  getMiddlewareMatchers: (matcher: unknown, nextConfig: object) => MiddlewareMatcher[]
}
type MiddlewareMatcher = Parameters<typeof getMiddlewareRouteMatcher>[0][number]

/** The matcher as `next build` compiles it and `next start` applies it to each request. */
const matches = getMiddlewareRouteMatcher(getMiddlewareMatchers(config.matcher, {}))

type Headers = Record<string, string>
const runsProxy = (path: string, headers: Headers = {}) => {
  const url = new URL(path, 'http://localhost')
  const query = Object.fromEntries(url.searchParams)
  return matches(url.pathname, { headers } as never, query)
}

/** Every query parameter a list's filters read, found by reading what they ask for. */
function namesRead(section: FilteredSection) {
  const names = new Set<string>()
  const params = new Proxy(
    {},
    { get: (_, name) => void (typeof name === 'string' && names.add(name)) },
  )
  filteredLists[section].segment(params)
  return [...names]
}

describe('the proxy matcher', () => {
  it('leaves a plain GET of the home page, a section or a document to the page, in every locale', () => {
    for (const locale of localeCodes) {
      expect(runsProxy(`/${locale}`), locale).toBe(false)
      for (const section of ['news', 'attractions', 'events', 'businesses', 'districts']) {
        expect(runsProxy(`/${locale}/${section}`), `${locale} ${section}`).toBe(false)
        expect(runsProxy(`/${locale}/${section}/a-slug-2`), `${locale} ${section}`).toBe(false)
      }
    }
    // A query that is no filter (the page ignores it).
    expect(runsProxy('/en/events?utm_source=newsletter')).toBe(false)
  })

  it('runs on a list with any parameter its filters read, to rewrite it to its cached page', () => {
    for (const section of Object.keys(filteredLists) as FilteredSection[]) {
      const names = namesRead(section)
      expect(names.length, section).toBeGreaterThan(1)
      for (const name of names)
        for (const locale of localeCodes)
          expect(runsProxy(`/${locale}/${section}?${name}=x`), `${locale} ${section} ${name}`).toBe(
            true,
          )
    }
  })

  it('runs on every address the proxy rewrites, redirects or refuses', () => {
    for (const path of [
      '/',
      '/events',
      '/xx',
      '/en/xx',
      '/EN',
      '/en/events?free=1',
      '/en/search',
      '/en/search?q=x',
      '/en/news/_filter/_',
      '/en/news/Upper',
      '/en/news/a/b',
      '/en/news/%E4%B8%AD',
      '/en/events/a-slug/ics/x',
      `/en/news/${'a'.repeat(81)}`,
      `/api/${'a'.repeat(201)}`,
      '/api/a%zz',
      '/en/contact',
      '/en/partners/apply',
    ])
      expect(runsProxy(path), path).toBe(true)
  })

  it('runs on anything with a body sent to a page it would otherwise leave alone', () => {
    const bodies: Headers[] = [
      { 'content-type': 'multipart/form-data; boundary=x' },
      { 'content-length': '12' },
      { 'transfer-encoding': 'chunked' },
    ]
    for (const headers of bodies) {
      expect(runsProxy('/en', headers)).toBe(true)
      expect(runsProxy('/en/news/a-slug', headers)).toBe(true)
    }
  })

  it('never runs on Payload, Next or files', () => {
    for (const path of [
      '/api/articles',
      '/admin',
      '/admin/login',
      '/_next/static/x.js',
      '/icon.svg',
    ])
      expect(runsProxy(path), path).toBe(false)
  })
})
