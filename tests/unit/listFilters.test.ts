import { describe, expect, it } from 'vitest'

import { parseAttractionFilters } from '@/lib/filters/attractionFilters'
import { parseBusinessFilters } from '@/lib/filters/businessFilters'
import { pageParam } from '@/lib/filters/params'
import { withQuery } from '@/lib/urls'

describe('list filters', () => {
  it('keeps known values and drops the rest', () => {
    expect(parseAttractionFilters({ category: 'museum', district: 'yuzhong', free: '1' })).toEqual({
      category: 'museum',
      district: 'yuzhong',
      free: true,
      page: 1,
    })
    expect(parseAttractionFilters({ category: 'casino', district: '../etc' })).toMatchObject({
      category: undefined,
      district: undefined,
    })
  })

  it('accepts origin countries and A–Z letters in any case, nothing else', () => {
    expect(parseBusinessFilters({ origin: 'us', letter: 'C' })).toMatchObject({
      origin: 'US',
      letter: 'c',
    })
    expect(parseBusinessFilters({ origin: 'USA', letter: 'ä' })).toMatchObject({
      origin: undefined,
      letter: undefined,
    })
  })

  it('reads pages as small positive integers', () => {
    expect(pageParam({ page: '3' })).toBe(3)
    for (const bad of ['-3', '0', '1.5', 'abc', '99999999', '1e3'])
      expect(pageParam({ page: bad })).toBe(1)
  })

  it('builds filter URLs without empty values or page 1', () => {
    expect(
      withQuery('/en/events', { category: 'expo', free: true, district: undefined, page: 1 }),
    ).toBe('/en/events?category=expo&free=1')
    expect(withQuery('/en/events', { page: 2 })).toBe('/en/events?page=2')
  })
})
