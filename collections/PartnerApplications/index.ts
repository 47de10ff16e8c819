import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { isStaff, isStaffField } from '@/access/isStaff'
import { urlField } from '@/fields/url'
import { limitPublicCreate } from '@/hooks/limitPublicCreate'
import { defaultLocale, localeCodes } from '@/i18n/locales'
import { options } from '@/lib/taxonomy'

import { acceptApplication } from './hooks/acceptApplication'
import { notifyDeclined } from './hooks/notifyDeclined'

export const applicationStatuses = ['new', 'accepted', 'declined'] as const

/** A business asking to become a partner; an editor accepts or declines it. */
export const PartnerApplications: CollectionConfig<'partner-applications'> = {
  slug: 'partner-applications',
  access: { create: anyone, read: isStaff, update: isStaff, delete: isAdmin },
  admin: {
    group: 'Inbox',
    useAsTitle: 'company',
    defaultColumns: ['company', 'contact', 'email', 'status', 'createdAt'],
  },
  fields: [
    { name: 'company', type: 'text', required: true, maxLength: 160 },
    { name: 'contact', type: 'text', required: true, maxLength: 120 },
    { name: 'email', type: 'email', required: true },
    { name: 'phone', type: 'text', maxLength: 40 },
    urlField('website'),
    { name: 'message', type: 'textarea', maxLength: 3000 },
    { name: 'locale', type: 'select', options: localeCodes, defaultValue: defaultLocale },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'new',
      required: true,
      options: options(applicationStatuses),
      access: { create: isStaffField, update: isStaffField },
      admin: {
        position: 'sidebar',
        description:
          'Accepting creates (or links) the business and the partner account, and emails the partner an invitation to set a password. Declining a new application tells the applicant by email, in their language.',
      },
    },
    {
      name: 'business',
      type: 'relationship',
      relationTo: 'businesses',
      access: { create: isStaffField, update: isStaffField },
      admin: {
        position: 'sidebar',
        description: 'Link an existing business, or one is created on accepting.',
      },
    },
    {
      name: 'partner',
      type: 'relationship',
      relationTo: 'users',
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
  hooks: { beforeOperation: [limitPublicCreate], afterChange: [acceptApplication, notifyDeclined] },
}
