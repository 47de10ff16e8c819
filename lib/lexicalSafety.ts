import { hasForeignScheme } from './safeUrl'

type Node = {
  type?: unknown
  tag?: unknown
  fields?: { linkType?: unknown; url?: unknown } | null
  children?: unknown
}

/** The element tags Lexical's heading and list nodes can carry; the renderer allows no others. */
const tags: Record<string, string[]> = {
  heading: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  list: ['ul', 'ol'],
}

export type RichTextProblem = 'link' | 'tag'

/**
 * What in a Lexical document the editor could not have made: a custom link to a script, data or
 * other foreign scheme, or a heading or list carrying another element's tag (the admin's own
 * editor would build that element). Null when there is nothing.
 */
export function richTextProblem(value: unknown): RichTextProblem | null {
  const root = (value as { root?: unknown } | null)?.root
  const stack: unknown[] = root ? [root] : []
  while (stack.length > 0) {
    const node = stack.pop() as Node | null
    if (!node || typeof node !== 'object') continue
    const isLink = node.type === 'link' || node.type === 'autolink'
    if (
      isLink &&
      node.fields?.linkType !== 'internal' &&
      hasForeignScheme(node.fields?.url, 'link')
    )
      return 'link'
    const allowed = typeof node.type === 'string' ? tags[node.type] : undefined
    if (allowed && !allowed.includes(String(node.tag))) return 'tag'
    if (Array.isArray(node.children)) stack.push(...node.children)
  }
  return null
}
