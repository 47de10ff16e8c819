import type { FieldHook, RichTextField } from 'payload'

import { ValidationError } from 'payload'

import { customKey } from '@/i18n/adminTranslations'
import { richTextProblem } from '@/lib/lexicalSafety'

/**
 * Payload checks rich text only on publish, and then neither link schemes nor every node's
 * shape. Partners save drafts that editors preview and open in the admin, so a script link or
 * a node the editor cannot make is refused on every save.
 */
const refuseUnsafeNodes: FieldHook = ({ value, path, req }) => {
  const problem = richTextProblem(value)
  if (problem) {
    const message = req.t(customKey(problem === 'link' ? 'linkScheme' : 'richTextTag'))
    throw new ValidationError({ errors: [{ path: path.join('.'), message }] })
  }
  return value
}

/** A localized Lexical field; `overrides` may bring its own editor (features, blocks). */
export function richTextField(
  name: string,
  overrides: Partial<Omit<RichTextField, 'name' | 'type'>> = {},
): RichTextField {
  return {
    localized: true,
    ...overrides,
    name,
    type: 'richText',
    hooks: {
      ...overrides.hooks,
      beforeChange: [...(overrides.hooks?.beforeChange ?? []), refuseUnsafeNodes],
    },
  } as RichTextField
}
