import { describe, expect, it } from 'vitest'

import { slugify, slugPattern } from '@/lib/slugify'

describe('slugify', () => {
  it('makes lowercase ASCII words joined by hyphens', () => {
    expect(slugify("Super 80 Street: Nanpingzheng's retro block")).toBe(
      'super-80-street-nanpingzhengs-retro-block',
    )
  })
  it('drops accents rather than letters', () => {
    expect(slugify('Fête de la Musique à Chongqing')).toBe('fete-de-la-musique-a-chongqing')
  })
  it('gives an empty slug for text with no Latin letters', () => {
    expect(slugify('重庆')).toBe('')
  })
  it('never ends with a hyphen after truncation', () => {
    const slug = slugify('a '.repeat(100))
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slugPattern.test(slug)).toBe(true)
  })
})
