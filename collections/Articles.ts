import type { CollectionConfig } from 'payload'

import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { isStaff } from '@/access/isStaff'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { articleBlocks } from '@/blocks'
import { richTextField } from '@/fields/richText'
import { seoField } from '@/fields/seo'
import { slugField } from '@/fields/slug'
import { cardSelect } from '@/lib/cardSelect'
import { articleCategories, options } from '@/lib/taxonomy'
import { previewUrl } from '@/lib/urls'

import { publishable } from './shared'

export const Articles: CollectionConfig<'articles'> = {
  slug: 'articles',
  access: {
    read: publishedOrStaff,
    create: isStaff,
    update: isStaff,
    delete: isStaff,
    readVersions: isStaff,
  },
  defaultPopulate: cardSelect.articles,
  admin: {
    group: 'Content',
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'district', '_status', 'publishedAt', 'updatedAt'],
    listSearchableFields: ['title', 'slug'],
    preview: (doc, { locale }) => previewUrl('articles', doc?.slug as string, locale),
  },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 160 },
    { name: 'excerpt', type: 'textarea', localized: true, maxLength: 400 },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    richTextField('content', {
      editor: lexicalEditor({
        features: ({ defaultFeatures }) => [
          ...defaultFeatures,
          BlocksFeature({ blocks: articleBlocks }),
        ],
      }),
    }),
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Related',
          fields: [
            {
              name: 'relatedAttractions',
              type: 'relationship',
              relationTo: 'attractions',
              hasMany: true,
            },
            { name: 'relatedEvents', type: 'relationship', relationTo: 'events', hasMany: true },
            {
              name: 'relatedBusinesses',
              type: 'relationship',
              relationTo: 'businesses',
              hasMany: true,
            },
          ],
        },
        { label: 'SEO', fields: [seoField()] },
      ],
    },
    slugField('title'),
    {
      name: 'category',
      type: 'select',
      required: true,
      options: options(articleCategories),
      admin: { position: 'sidebar' },
    },
    {
      name: 'district',
      type: 'relationship',
      relationTo: 'districts',
      admin: { position: 'sidebar' },
    },
    { name: 'tags', type: 'text', hasMany: true, admin: { position: 'sidebar' } },
    { name: 'author', type: 'relationship', relationTo: 'users', admin: { position: 'sidebar' } },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
      hooks: {
        beforeChange: [
          ({ value, siblingData }) =>
            value ?? (siblingData._status === 'published' ? new Date().toISOString() : value),
        ],
      },
    },
    { name: 'featured', type: 'checkbox', defaultValue: false, admin: { position: 'sidebar' } },
  ],
  ...publishable,
}
