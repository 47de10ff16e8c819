import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isStaff } from '@/access/isStaff'
import { revalidateGlobal } from '@/hooks/revalidate'
import { defaultNavigation, navigationTargets } from '@/lib/navigation'

/** Menus point at sections of the site by name; the URL and label come from code and messages. */
export const Navigation: GlobalConfig = {
  slug: 'navigation',
  access: { read: anyone, update: isStaff },
  admin: { group: 'Settings' },
  fields: [
    {
      name: 'main',
      type: 'select',
      hasMany: true,
      options: [...navigationTargets],
      defaultValue: [...defaultNavigation.main],
    },
    {
      name: 'footer',
      type: 'select',
      hasMany: true,
      options: [...navigationTargets],
      defaultValue: [...defaultNavigation.footer],
    },
  ],
  hooks: { afterChange: [revalidateGlobal] },
}
