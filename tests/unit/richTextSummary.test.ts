import { describe, expect, it } from 'vitest'

import { richTextSummary } from '@/lib/richTextSummary'

const doc = (...paragraphs: string[][]) => ({
  root: {
    type: 'root',
    children: paragraphs.map((texts) => ({
      type: 'paragraph',
      children: texts.map((text) => ({ type: 'text', text })),
    })),
  },
})

describe('richTextSummary', () => {
  it('joins the paragraphs as plain text', () => {
    expect(richTextSummary(doc(['A maker of ', 'chips.'], ['Founded in 2018.']))).toBe(
      'A maker of chips. Founded in 2018.',
    )
  })

  it('cuts long text at a word, or anywhere in text without spaces', () => {
    const long = richTextSummary(doc(['word '.repeat(100)]), 40)!
    expect(long.length).toBeLessThanOrEqual(40)
    expect(long).toMatch(/word…$/)
    expect(richTextSummary(doc(['重庆'.repeat(100)]), 40)).toHaveLength(40)
  })

  it('gives nothing for empty or missing content', () => {
    expect(richTextSummary(null)).toBeUndefined()
    expect(richTextSummary(doc([' ']))).toBeUndefined()
  })
})
