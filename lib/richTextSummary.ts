import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

/**
 * The opening words of a rich-text field as plain text, cut at a word before `max` characters:
 * the meta description of a document that has no summary of its own.
 */
export function richTextSummary(data: unknown, max = 160): string | undefined {
  if (!data) return undefined
  const text = convertLexicalToPlaintext({ data: data as SerializedEditorState })
    .replace(/\s+/g, ' ')
    .trim()
  if (text.length <= max) return text || undefined
  const cut = text.slice(0, max - 1)
  const lastSpace = cut.lastIndexOf(' ')
  // CJK text has no spaces to cut at.
  return `${lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut}…`
}
