import { describe, expect, it } from 'vitest'

import { filteredLists } from '@/lib/filters/filteredLists'
import { queryOfSegment } from '@/lib/filters/filterSegment'

const { events, businesses, news, attractions } = filteredLists

describe('filtered list segments', () => {
  it('are the known filters in a stable order, defaults left out', () => {
    expect(events.segment({ free: 'on', category: 'expo', page: '1' })).toBe('category=expo&free=1')
    expect(events.segment({ when: 'weekend', page: '2' })).toBe('page=2&when=weekend')
    expect(businesses.segment({ origin: 'de', letter: 'C' })).toBe('letter=c&origin=DE')
  })

  it('give every unfiltered or junk query the same cached page', () => {
    for (const params of [{}, { utm_source: 'x' }, { page: '-3' }, { category: 'nope' }]) {
      expect(news.segment(params)).toBe('all')
      expect(events.segment({ ...params, when: 'upcoming', from: '2026-13-45' })).toBe('all')
    }
  })

  it('write a date range as its dates, in order', () => {
    expect(events.segment({ from: '2026-12-31', to: '2026-12-01', when: 'today' })).toBe(
      'from=2026-12-01&to=2026-12-31',
    )
  })

  it('read back exactly the filters they were written from', () => {
    const segment = attractions.segment({ category: 'museum', district: 'yuzhong', free: '1' })
    expect(attractions.filtersOf(queryOfSegment(segment)!)).toEqual({
      category: 'museum',
      district: 'yuzhong',
      free: true,
      page: 1,
    })
    expect(events.filtersOf('')).toMatchObject({ when: 'upcoming', page: 1 })
  })

  it('refuse a segment the proxy would not have written', () => {
    expect(queryOfSegment('%E0%A4%A')).toBeNull()
    expect(queryOfSegment('all')).toBe('')
    for (const query of ['free=1&category=expo', 'page=1', 'category=nope', 'x=1']) {
      expect(events.filtersOf(query)).toBeNull()
    }
  })
})
