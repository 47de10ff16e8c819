import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { isStaff } from '@/access/isStaff'
import { limitPublicCreate } from '@/hooks/limitPublicCreate'
import { defaultLocale, localeCodes } from '@/i18n/locales'

/** "Leave a message": visitors write, staff read. */
export const Messages: CollectionConfig<'messages'> = {
  slug: 'messages',
  access: { create: anyone, read: isStaff, update: isStaff, delete: isAdmin },
  admin: {
    group: 'Inbox',
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'name', 'email', 'locale', 'handled', 'createdAt'],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    { name: 'email', type: 'email', required: true },
    { name: 'subject', type: 'text', required: true, maxLength: 200 },
    { name: 'body', type: 'textarea', required: true, maxLength: 5000 },
    { name: 'locale', type: 'select', options: localeCodes, defaultValue: defaultLocale },
    { name: 'handled', type: 'checkbox', defaultValue: false, access: { create: () => false } },
  ],
  hooks: { beforeOperation: [limitPublicCreate] },
}
