import type { SanitizedCollectionConfig } from 'payload'

import { describe, expect, it } from 'vitest'

import { misplacedGeoOperator } from '@/lib/restGuard'

const events = {
  slug: 'events',
  fields: [
    { name: 'title', type: 'text' },
    { name: 'location', type: 'point' },
    { name: 'venue', type: 'relationship', relationTo: 'attractions' },
  ],
} as unknown as SanitizedCollectionConfig

const misplaced = (query: string) => misplacedGeoOperator(new URLSearchParams(query), events)

describe('misplacedGeoOperator', () => {
  it('allows geo queries on a point, or through a relationship to one', () => {
    expect(misplaced('where[location][near]=106.5,29.5,1000')).toBe(false)
    expect(misplaced('where[or][0][venue.location][near]=106.5,29.5')).toBe(false)
    expect(misplaced('where[title][like]=expo&where[unknown][near]=1')).toBe(false)
  })

  it('finds near, within and intersects on fields that hold no point', () => {
    expect(misplaced('where[title][near]=1,2')).toBe(true)
    expect(misplaced('where[id][within]=x')).toBe(true)
    expect(misplaced('where[venue][intersects]=x')).toBe(true)
    expect(misplaced('where[and][1][title][near]=1,2')).toBe(true)
  })
})
