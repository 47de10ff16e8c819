import { describe, expect, it } from 'vitest'

import { fallbackLang, isEmptyValue, withFallback, withListFallback } from '@/lib/withFallback'

const richText = (text: string) => ({
  root: { type: 'root', children: text ? [{ type: 'paragraph', children: [{ text }] }] : [] },
})

describe('withFallback', () => {
  it('lists fields empty in the locale but filled as served (fallen back to English)', () => {
    const served = { title: 'Super 80 Street', summary: 'A street', content: richText('Text') }
    const own = { title: '超级80街', summary: null, content: richText('') }
    const result = withFallback(served, own, ['title', 'summary', 'content'])
    expect(result.fallback).toEqual(['summary', 'content'])
    expect(result.doc).toBe(served)
  })

  it('follows nested paths such as openingHours.note and array rows', () => {
    const served = { openingHours: { note: 'Open daily' }, keyFigures: [{ label: 'Laptops' }] }
    const own = { openingHours: { note: '' }, keyFigures: [{ label: null }] }
    expect(withFallback(served, own, ['openingHours.note', 'keyFigures.0.label']).fallback).toEqual(
      ['openingHours.note', 'keyFigures.0.label'],
    )
  })

  it('reports nothing when a field is empty in English too', () => {
    expect(withFallback({ transport: null }, { transport: null }, ['transport']).fallback).toEqual(
      [],
    )
  })

  it('treats a missing own document as everything fallen back', () => {
    expect(withFallback({ title: 'x' }, undefined, ['title']).fallback).toEqual(['title'])
  })

  it('marks fallen-back blocks lang="en" and leaves the others alone', () => {
    const result = { fallback: ['summary'] }
    expect(fallbackLang(result, 'summary')).toBe('en')
    expect(fallbackLang(result, 'title')).toBeUndefined()
  })

  it('marks each document of a list by its own-locale read, matched by id', () => {
    const served = [
      { id: 1, name: 'Chongqing International Logistics Hub', summary: 'Rail and river' },
      { id: 2, name: '重慶万国半導体科技', summary: 'パワー半導体' },
    ]
    const own = [
      { id: 2, name: '重慶万国半導体科技', summary: 'パワー半導体' },
      { id: 1, name: null, summary: null },
    ]
    const marked = withListFallback(served, own, ['name', 'summary'])
    expect(marked.map((d) => d.fallback)).toEqual([['name', 'summary'], []])
    expect(marked[0].name).toBe('Chongqing International Logistics Hub')
    expect(fallbackLang(marked[0], 'name')).toBe('en')
    expect(fallbackLang(marked[1], 'name')).toBeUndefined()
  })

  it('knows what a reader would see as empty', () => {
    expect(isEmptyValue('  ')).toBe(true)
    expect(isEmptyValue(richText(''))).toBe(true)
    expect(isEmptyValue(richText('a'))).toBe(false)
    expect(isEmptyValue(0)).toBe(false)
  })
})
