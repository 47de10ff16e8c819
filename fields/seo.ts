import type { GroupField } from 'payload'

export function seoField(): GroupField {
  return {
    name: 'seo',
    type: 'group',
    label: 'SEO',
    admin: {
      description:
        'Shown by search engines and when the page is shared. Empty fields use the title, summary and first image.',
    },
    fields: [
      { name: 'title', type: 'text', localized: true, maxLength: 70 },
      { name: 'description', type: 'textarea', localized: true, maxLength: 200 },
      { name: 'image', type: 'upload', relationTo: 'media' },
    ],
  }
}
