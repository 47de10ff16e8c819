import { describe, expect, it } from 'vitest'

import { maxSegmentLength, pathProblem } from '@/lib/requests/pathProblem'

describe('pathProblem', () => {
  it('passes ordinary and correctly encoded paths', () => {
    expect(pathProblem('/en/news/chongqing-expo')).toBeNull()
    expect(pathProblem('/zh/search/%E9%87%8D%E5%BA%86')).toBeNull()
    expect(pathProblem(`/en/news/${'a'.repeat(maxSegmentLength)}`)).toBeNull()
  })

  it('finds broken percent-escapes, including bytes that are not UTF-8', () => {
    for (const path of ['/en/%', '/en/news/%E0%A4%A', '/api/%zz', '/%C0%AE', '/%FF%FE'])
      expect(pathProblem(path), path).toBe('undecodable')
  })

  it('finds a segment too long to be an address', () => {
    expect(pathProblem(`/en/news/${'a'.repeat(maxSegmentLength + 1)}`)).toBe('overlong')
    // Measured encoded: 70 Chinese characters are 210 bytes.
    expect(pathProblem(`/zh/news/${'%E4%B8%AD'.repeat(70)}`)).toBe('overlong')
  })

  it('finds control characters, which Next would drop and answer for a shorter path', () => {
    for (const path of ['/en/%00', '/en/news/%00', '/en/a%0Ab', '/en/%7F'])
      expect(pathProblem(path), path).toBe('control')
  })
})
