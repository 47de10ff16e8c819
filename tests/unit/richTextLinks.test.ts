import { describe, expect, it } from 'vitest'

import { safeHref } from '@/components/RichText'

describe('rich text links', () => {
  it('keeps http(s), mailto, tel and site-relative links', () => {
    for (const href of [
      'https://example.com',
      'http://a.b/c',
      'mailto:a@b.c',
      'tel:+862312345',
      '/en/events',
    ])
      expect(safeHref(href)).toBe(href)
  })
  it('drops script, data and protocol-relative links', () => {
    for (const href of [
      'javascript:alert(1)',
      'data:text/html,x',
      '//evil.example',
      'vbscript:x',
      42,
    ])
      expect(safeHref(href)).toBeNull()
  })
})
