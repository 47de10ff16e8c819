import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { locationField } from '@/fields/location'
import { seoField } from '@/fields/seo'
import { slugField } from '@/fields/slug'
import { previewUrl } from '@/lib/urls'

import { publishable } from './shared'

export const Districts: CollectionConfig<'districts'> = {
  slug: 'districts',
  access: {
    read: publishedOrStaff,
    create: isStaff,
    update: isStaff,
    delete: isStaff,
    readVersions: isStaff,
  },
  defaultPopulate: { name: true, slug: true },
  admin: {
    group: 'Content',
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', '_status', 'updatedAt'],
    preview: (doc, { locale }) => previewUrl('districts', doc?.slug as string, locale),
  },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true, maxLength: 120 },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 600 },
    { name: 'image', type: 'upload', relationTo: 'media' },
    locationField(),
    seoField(),
    slugField('name'),
  ],
  ...publishable,
}
