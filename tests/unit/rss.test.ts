import { describe, expect, it } from 'vitest'

import { escapeXml, rssFeed } from '@/lib/rss'

describe('RSS feed text', () => {
  it('escapes markup and drops the control characters XML cannot carry', () => {
    expect(escapeXml(`<script>"R&D"'s</script>\u0007\u0000\tok\n`)).toBe(
      '&lt;script&gt;&quot;R&amp;D&quot;&apos;s&lt;/script&gt;\tok\n',
    )
  })

  it('keeps a hostile title inside its element', () => {
    const xml = rssFeed({
      title: 'News',
      link: 'https://example.com/en/news',
      description: 'd',
      language: 'en',
      self: 'https://example.com/en/news/rss.xml',
      items: [
        {
          title: ']]></title><script>alert(1)</script>',
          link: 'https://example.com/en/news/a',
          guid: 'https://example.com/en/news/a',
          pubDate: '2026-01-01T00:00:00Z',
        },
      ],
    })
    expect(xml).toContain(
      '<title>]]&gt;&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>',
    )
    expect(xml).not.toContain('<script>')
  })
})
