import { describe, expect, it } from 'vitest'

import { richTextProblem } from '@/lib/lexicalSafety'

const doc = (...children: unknown[]) => ({ root: { type: 'root', children } })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children })
const link = (url: string, linkType = 'custom') => ({
  type: 'link',
  fields: { linkType, url },
  children: [{ type: 'text', text: 'here' }],
})

describe('rich text an editor could have made', () => {
  it('accepts text, safe links, internal links and the heading and list tags', () => {
    expect(
      richTextProblem(
        doc(
          { type: 'heading', tag: 'h2', children: [{ type: 'text', text: '<script>' }] },
          { type: 'list', tag: 'ol', children: [] },
          paragraph(link('https://example.com'), link('mailto:a@b.c'), link('/en/events')),
          paragraph(link('https://', 'internal')),
        ),
      ),
    ).toBeNull()
    expect(richTextProblem(null)).toBeNull()
  })

  it('finds a script link however deep, and tags of other elements', () => {
    const nested = paragraph({ type: 'listitem', children: [link('JaVa\tScRiPt:alert(1)')] })
    expect(richTextProblem(doc(paragraph(), nested))).toBe('link')
    expect(
      richTextProblem(doc({ type: 'autolink', fields: { url: 'data:text/html,x' }, children: [] })),
    ).toBe('link')
    expect(richTextProblem(doc({ type: 'heading', tag: 'script', children: [] }))).toBe('tag')
    expect(richTextProblem(doc({ type: 'list', tag: 'iframe', children: [] }))).toBe('tag')
  })
})
