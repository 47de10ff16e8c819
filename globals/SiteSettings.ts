import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { urlField } from '@/fields/url'
import { revalidateGlobal } from '@/hooks/revalidate'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  access: { read: anyone, update: isAdmin },
  admin: { group: 'Settings' },
  fields: [
    { name: 'siteName', type: 'text', localized: true, required: true },
    { name: 'tagline', type: 'text', localized: true },
    {
      name: 'contact',
      type: 'group',
      fields: [
        { name: 'email', type: 'email' },
        { name: 'phone', type: 'text' },
        { name: 'address', type: 'textarea', localized: true },
      ],
    },
    {
      name: 'reportHotline',
      type: 'group',
      admin: {
        description: 'The illegal and harmful information report line shown in the footer.',
      },
      fields: [
        { name: 'label', type: 'text', localized: true },
        { name: 'phone', type: 'text' },
        { name: 'email', type: 'email' },
      ],
    },
    {
      name: 'social',
      type: 'array',
      fields: [
        { name: 'label', type: 'text', required: true, maxLength: 40 },
        { ...urlField('url'), required: true },
      ],
    },
  ],
  hooks: { afterChange: [revalidateGlobal] },
}
