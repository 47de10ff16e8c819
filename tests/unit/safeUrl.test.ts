import { describe, expect, it } from 'vitest'

import { hasForeignScheme, safeHref, safeWebUrl } from '@/lib/safeUrl'

describe('rich text links', () => {
  it('keeps http(s), mailto, tel, site-relative links and anchors', () => {
    for (const href of [
      'https://example.com',
      'http://a.b/c',
      'mailto:a@b.c',
      'tel:+862312345',
      '/en/events',
      '#opening-hours',
    ])
      expect(safeHref(href)).toBe(href)
  })
  it('drops script, data and protocol-relative links, however disguised', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      '\tjavascript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      '//evil.example',
      '/\\evil.example',
      '/\t/evil.example',
      'vbscript:x',
      42,
    ])
      expect(safeHref(href), JSON.stringify(href)).toBeNull()
  })
})

describe('web address fields', () => {
  it('link only absolute http(s) addresses, with markup in them percent-encoded', () => {
    expect(safeWebUrl('https://example.com/a?b=1')).toBe('https://example.com/a?b=1')
    expect(safeWebUrl('https://x.example/?q="><img src=x>')).toBe(
      'https://x.example/?q=%22%3E%3Cimg%20src=x%3E',
    )
    for (const url of ['javascript:alert(1)', ' JAVASCRIPT:x', 'mailto:a@b.c', '/en', 'www.x.cn'])
      expect(safeWebUrl(url), url).toBeNull()
  })

  it('tell a script scheme from an unfinished address', () => {
    for (const url of ['javascript:x', ' java\tscript:x', 'DATA:text/html,x', 'vbscript:x'])
      expect(hasForeignScheme(url, 'web'), url).toBe(true)
    expect(hasForeignScheme('mailto:a@b.c', 'web')).toBe(true)
    expect(hasForeignScheme('mailto:a@b.c', 'link')).toBe(false)
    for (const url of ['https://example.com', 'www.example.com', '/en/events', '', null])
      expect(hasForeignScheme(url, 'web'), String(url)).toBe(false)
  })
})
