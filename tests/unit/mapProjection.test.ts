import { describe, expect, it } from 'vitest'

import { mapSize, project, sliceAlignment } from '@/lib/mapProjection'

describe('sliceAlignment', () => {
  it('keeps the middle of the map when the marker is inside it', () => {
    expect(sliceAlignment({ y: mapSize.height / 2 })).toBe('xMidYMid')
    expect(sliceAlignment({ y: 90 })).toBe('xMidYMid')
  })

  it('keeps the top or bottom when the middle would cut the marker off', () => {
    // Cqaos's pin sat at y≈42: the middle three quarters start at 50, so only its halo showed.
    expect(sliceAlignment({ y: 42 })).toBe('xMidYMin')
    expect(sliceAlignment({ y: 10 })).toBe('xMidYMin')
    expect(sliceAlignment({ y: 340 })).toBe('xMidYMax')
  })

  it('keeps the middle for a square frame, which shows the whole map', () => {
    expect(sliceAlignment({ y: 42 }, { width: 1, height: 1 })).toBe('xMidYMid')
  })
})

describe('project', () => {
  it('projects the map area onto the drawing', () => {
    expect(project({ lat: 29.8, lng: 106.36 })).toEqual({ x: 0, y: 0 })
    expect(project({ lat: 29.42, lng: 106.8 })).toEqual({ x: 400, y: 400 })
  })
})
