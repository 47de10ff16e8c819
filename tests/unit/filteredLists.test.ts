import { describe, expect, it } from 'vitest'

import { filteredLists } from '@/lib/filters/filteredLists'
import { queryOfSegment, segmentOfQuery } from '@/lib/filters/filterSegment'
import { maxQueryLength } from '@/lib/filters/searchFilters'

const { events, businesses, news, attractions, search } = filteredLists

describe('filtered list segments', () => {
  it('are the known filters in a stable order, defaults left out', () => {
    expect(queryOfSegment(events.segment({ free: 'on', category: 'expo', page: '1' }))).toBe(
      'category=expo&free=1',
    )
    expect(queryOfSegment(events.segment({ when: 'weekend', page: '2' }))).toBe(
      'page=2&when=weekend',
    )
    expect(queryOfSegment(businesses.segment({ origin: 'de', letter: 'C' }))).toBe(
      'letter=c&origin=DE',
    )
  })

  it('give every unfiltered or junk query the same cached page', () => {
    for (const params of [{}, { utm_source: 'x' }, { page: '-3' }, { category: 'nope' }]) {
      expect(news.segment(params)).toBe('all')
      expect(events.segment({ ...params, when: 'upcoming', from: '2026-13-45' })).toBe('all')
      expect(search.segment({ ...params, q: ' ', type: 'nope' })).toBe('all')
    }
  })

  it('write a date range as its dates, in order', () => {
    expect(
      queryOfSegment(events.segment({ from: '2026-12-31', to: '2026-12-01', when: 'today' })),
    ).toBe('from=2026-12-01&to=2026-12-31')
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

  it('carry any search words in characters a path never escapes', () => {
    for (const q of ['火锅', '100% / 50%', 'a&b=c?#d', 'تشونغتشينغ', 'x'.repeat(150)]) {
      const segment = search.segment({ q, type: 'events', page: '2' })
      expect(segment).toMatch(/^[A-Za-z0-9_-]+$/)
      expect(search.filtersOf(queryOfSegment(segment)!)).toEqual({
        q: q.slice(0, maxQueryLength),
        type: 'events',
        page: 2,
      })
    }
    // Spaces and control characters are normalised, and what the page would not show left out,
    // so one search is one cached page.
    expect(search.segment({ q: 'hotpot', page: '3' })).toBe(search.segment({ q: 'hotpot' }))
    expect(search.segment({ type: 'events', page: '2' })).toBe('all')
    expect(search.segment({ q: '  hot\tpot ' })).toBe(search.segment({ q: 'hot pot' }))
    expect(search.segment({ q: `${'a'.repeat(99)} b` })).toBe(search.segment({ q: 'a'.repeat(99) }))
    // Cut at a character, not inside one: 𠀋 is two UTF-16 units.
    expect(search.filtersOf(queryOfSegment(search.segment({ q: '𠀋'.repeat(60) }))!)).toEqual({
      q: '𠀋'.repeat(60),
      page: 1,
    })
  })

  it('refuse a segment the proxy would not have written', () => {
    expect(queryOfSegment('%E0%A4%A')).toBeNull()
    expect(queryOfSegment('_w')).toBeNull() // not UTF-8
    expect(queryOfSegment(segmentOfQuery('q=ab'))).toBe('q=ab')
    expect(queryOfSegment('cT1hYh')).toBeNull() // q=ab with a spare bit set
    expect(queryOfSegment('all')).toBe('')
    expect(segmentOfQuery('')).toBe('all')
    for (const query of ['free=1&category=expo', 'page=1', 'category=nope', 'x=1']) {
      expect(events.filtersOf(query)).toBeNull()
    }
    expect(search.filtersOf('q=hot%20pot')).toBeNull() // written `q=hot+pot`
  })
})
