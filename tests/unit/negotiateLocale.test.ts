import { describe, expect, it } from 'vitest'

import { negotiateLocale } from '@/lib/negotiateLocale'

describe('negotiateLocale', () => {
  it('prefers the remembered cookie', () => {
    expect(negotiateLocale('ko', 'zh-CN')).toBe('ko')
  })
  it('ignores a cookie naming an unknown locale', () => {
    expect(negotiateLocale('xx', 'de-DE,de;q=0.9')).toBe('de')
  })
  it('follows Accept-Language weights', () => {
    expect(negotiateLocale(undefined, 'sw;q=1,ja;q=0.4,ru;q=0.8')).toBe('ru')
  })
  it('falls back to English', () => {
    expect(negotiateLocale(undefined, null)).toBe('en')
    expect(negotiateLocale(undefined, ';;;,q=abc')).toBe('en')
  })
})
