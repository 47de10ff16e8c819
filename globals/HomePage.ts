import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isStaff } from '@/access/isStaff'
import { revalidateGlobal } from '@/hooks/revalidate'

export const HomePage: GlobalConfig = {
  slug: 'home-page',
  access: { read: anyone, update: isStaff },
  admin: { group: 'Settings' },
  fields: [
    { name: 'heroTitle', type: 'text', localized: true },
    { name: 'heroText', type: 'textarea', localized: true },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    {
      name: 'featuredArticles',
      type: 'relationship',
      relationTo: 'articles',
      hasMany: true,
      maxRows: 6,
    },
    {
      name: 'featuredAttractions',
      type: 'relationship',
      relationTo: 'attractions',
      hasMany: true,
      maxRows: 8,
    },
    {
      name: 'featuredBusinesses',
      type: 'relationship',
      relationTo: 'businesses',
      hasMany: true,
      maxRows: 8,
    },
    {
      name: 'keyFigures',
      type: 'array',
      maxRows: 8,
      fields: [
        { name: 'value', type: 'number', required: true },
        { name: 'unit', type: 'text', localized: true },
        { name: 'label', type: 'text', localized: true, required: true },
        { name: 'change', type: 'number' },
        { name: 'period', type: 'text', localized: true },
      ],
    },
  ],
  hooks: { afterChange: [revalidateGlobal] },
}
