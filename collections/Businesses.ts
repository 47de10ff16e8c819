import type { CollectionConfig } from 'payload'

import { isAdminField } from '@/access/isAdmin'
import { isStaff, isStaffField } from '@/access/isStaff'
import { readBusinesses, updateBusinesses } from '@/access/ownBusinesses'
import { addressField } from '@/fields/address'
import { locationField } from '@/fields/location'
import { richTextField } from '@/fields/richText'
import { seoField } from '@/fields/seo'
import { slugField } from '@/fields/slug'
import { urlField } from '@/fields/url'
import { cardSelect } from '@/lib/cardSelect'
import { businessSectors, options } from '@/lib/taxonomy'
import { previewUrl } from '@/lib/urls'

import { publishable } from './shared'

export const Businesses: CollectionConfig<'businesses'> = {
  slug: 'businesses',
  access: {
    read: readBusinesses,
    create: isStaff,
    update: updateBusinesses,
    delete: isStaff,
    readVersions: isStaff,
  },
  defaultPopulate: cardSelect.businesses,
  admin: {
    group: 'Content',
    useAsTitle: 'name',
    defaultColumns: ['name', 'sector', 'district', 'originCountry', '_status', 'updatedAt'],
    listSearchableFields: ['name', 'slug'],
    preview: (doc, { locale }) => previewUrl('businesses', doc?.slug as string, locale),
    components: {
      edit: {
        // A partner's profile changes are drafts (hooks/forcePartnerDrafts); editors publish them.
        PublishButton: '@/components/admin/StaffPublishButton#StaffPublishButton',
        UnpublishButton: '@/components/admin/StaffUnpublishButton#StaffUnpublishButton',
      },
    },
  },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true, maxLength: 160 },
    richTextField('description'),
    { name: 'logo', type: 'upload', relationTo: 'media' },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Contact',
          fields: [
            addressField(),
            locationField(),
            urlField('website'),
            { name: 'phone', type: 'text', maxLength: 40 },
            { name: 'email', type: 'email' },
          ],
        },
        { label: 'SEO', fields: [seoField()] },
      ],
    },
    slugField('name', { access: { update: isStaffField } }),
    {
      name: 'sector',
      type: 'select',
      required: true,
      options: options(businessSectors),
      admin: { position: 'sidebar' },
    },
    {
      name: 'district',
      type: 'relationship',
      relationTo: 'districts',
      admin: { position: 'sidebar' },
    },
    { name: 'founded', type: 'number', min: 1800, max: 2100, admin: { position: 'sidebar' } },
    {
      name: 'originCountry',
      type: 'text',
      maxLength: 2,
      admin: {
        position: 'sidebar',
        description: 'ISO 3166 code of the investor, e.g. US, FR, SG; CN for domestic.',
      },
      validate: (value: unknown) =>
        value == null || value === '' || (typeof value === 'string' && /^[A-Z]{2}$/.test(value))
          ? true
          : 'Use a two-letter country code in capitals, e.g. US.',
    },
    {
      name: 'featured',
      type: 'checkbox',
      defaultValue: false,
      access: { create: isStaffField, update: isStaffField },
      admin: { position: 'sidebar' },
    },
    {
      // The partner accounts of this business; membership itself is set on the user, by admins.
      name: 'members',
      type: 'join',
      collection: 'users',
      on: 'businesses',
      access: { read: isAdminField },
      admin: { defaultColumns: ['email', 'name'] },
    },
  ],
  ...publishable,
}
