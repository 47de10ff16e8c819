import { describe, expect, it } from 'vitest'

import { isBeyondPages } from '@/lib/urls'

const below = (path: string) => path.split('/').filter(Boolean)

describe('isBeyondPages', () => {
  it('lets every page of the site through', () => {
    for (const path of ['news', 'news/a-story', 'events/an-event/ics', 'partners/apply', 'search'])
      expect(isBeyondPages(below(path)), path).toBe(false)
  })

  it('stops unknown sections, inherited names included, and paths deeper than their pages', () => {
    for (const path of [
      'xx',
      'constructor/a',
      '__proto__',
      'news/a/b',
      'events/a/ics/b',
      'search/x',
    ])
      expect(isBeyondPages(below(path)), path).toBe(true)
  })
})
