import type { FieldHook, TextField } from 'payload'

import { slugify, slugPattern } from '@/lib/slugify'

type Overrides = { access?: TextField['access']; admin?: TextField['admin'] }

/**
 * A slug shared by every locale (so the language switcher lands on the same document),
 * generated from the English title when left empty and editable afterwards.
 */
export function slugField(source: string, overrides: Overrides = {}): TextField {
  const fillFromSource: FieldHook = ({ value, data, originalDoc, req }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    if (originalDoc?.slug) return originalDoc.slug
    const title = data?.[source] ?? originalDoc?.[source]
    const text = typeof title === 'object' && title ? (title.en ?? Object.values(title)[0]) : title
    const generated = typeof text === 'string' && req.locale === 'en' ? slugify(text) : ''
    return (
      generated || (typeof text === 'string' && slugify(text)) || `item-${Date.now().toString(36)}`
    )
  }

  return {
    ...overrides,
    name: 'slug',
    type: 'text',
    index: true,
    unique: true,
    required: true,
    admin: {
      ...overrides.admin,
      position: 'sidebar',
      description:
        'Lowercase letters, digits and hyphens. Left empty, it is made from the English title.',
    },
    hooks: { beforeValidate: [fillFromSource] },
    validate: (value: unknown) =>
      typeof value === 'string' && slugPattern.test(value)
        ? true
        : 'Use lowercase letters, digits and single hyphens only.',
  }
}
