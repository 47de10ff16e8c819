import type { Block, LocaleCode } from './data/types'

const text = (value: string) => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const element = { direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 }

/** A Payload block node (quote, key figures) holding `fields`. */
const block = (fields: Record<string, unknown>) => ({
  type: 'block',
  format: '',
  version: 2,
  fields: { blockName: '', ...fields },
})

/**
 * Seed blocks as Lexical JSON for one locale; undefined unless every block with text has it in
 * that locale. A body is one field, so a part-translated one would show its headings over
 * missing paragraphs; without one the visitor reads the English, told that it is English.
 */
export function toLexical(blocks: Block[], locale: LocaleCode) {
  const pick = (l: Partial<Record<LocaleCode, string>> | undefined) => l?.[locale]
  const complete = blocks.every((b) => b.type === 'figures' || pick(b.text))
  if (!complete) return undefined
  const children = blocks.map((b, i): Record<string, unknown> => {
    switch (b.type) {
      case 'p':
        return {
          ...element,
          type: 'paragraph',
          textFormat: 0,
          textStyle: '',
          children: [text(pick(b.text)!)],
        }
      case 'h2':
        return { ...element, type: 'heading', tag: 'h2', children: [text(pick(b.text)!)] }
      case 'quote':
        return block({
          id: `q${i}`,
          blockType: 'quote',
          text: pick(b.text),
          cite: pick(b.cite) ?? b.cite?.en,
        })
      case 'figures':
        return block({
          id: `f${i}`,
          blockType: 'keyFigures',
          items: b.items.map((item, j) => ({
            id: `f${i}-${j}`,
            value: item.value,
            unit: pick(item.unit) ?? item.unit?.en,
            label: pick(item.label) ?? item.label.en,
            change: item.change,
          })),
        })
    }
  })
  return { root: { ...element, type: 'root', children } }
}
