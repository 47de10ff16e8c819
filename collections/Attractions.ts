import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { addressField } from '@/fields/address'
import { locationField } from '@/fields/location'
import { openingHoursField } from '@/fields/openingHours'
import { priceFields } from '@/fields/price'
import { richTextField } from '@/fields/richText'
import { seoField } from '@/fields/seo'
import { slugField } from '@/fields/slug'
import { urlField } from '@/fields/url'
import { cardSelect } from '@/lib/cardSelect'
import { attractionCategories, options } from '@/lib/taxonomy'
import { previewUrl } from '@/lib/urls'

import { publishable } from './shared'

export const Attractions: CollectionConfig<'attractions'> = {
  slug: 'attractions',
  access: {
    read: publishedOrStaff,
    create: isStaff,
    update: isStaff,
    delete: isStaff,
    readVersions: isStaff,
  },
  defaultPopulate: cardSelect.attractions,
  admin: {
    group: 'Content',
    useAsTitle: 'name',
    defaultColumns: ['name', 'category', 'district', '_status', 'updatedAt'],
    listSearchableFields: ['name', 'slug'],
    preview: (doc, { locale }) => previewUrl('attractions', doc?.slug as string, locale),
  },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true, maxLength: 160 },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 400 },
    richTextField('description'),
    { name: 'images', type: 'upload', relationTo: 'media', hasMany: true },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Practical',
          fields: [
            addressField(),
            locationField(),
            openingHoursField(),
            {
              name: 'admission',
              type: 'group',
              fields: [
                ...priceFields(),
                { name: 'note', type: 'text', localized: true, maxLength: 200 },
              ],
            },
            { name: 'accessibility', type: 'textarea', localized: true, maxLength: 600 },
            { name: 'transport', type: 'textarea', localized: true, maxLength: 600 },
            urlField('website'),
            { name: 'phone', type: 'text', maxLength: 40 },
          ],
        },
        { label: 'SEO', fields: [seoField()] },
      ],
    },
    slugField('name'),
    {
      name: 'category',
      type: 'select',
      required: true,
      options: options(attractionCategories),
      admin: { position: 'sidebar' },
    },
    {
      name: 'district',
      type: 'relationship',
      relationTo: 'districts',
      admin: { position: 'sidebar' },
    },
    { name: 'featured', type: 'checkbox', defaultValue: false, admin: { position: 'sidebar' } },
  ],
  ...publishable,
}
