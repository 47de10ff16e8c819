import { defineRouting } from 'next-intl/routing'

import { defaultLocale, localeCodes, localeCookie } from './locales'

export const routing = defineRouting({
  locales: localeCodes,
  defaultLocale,
  localePrefix: 'always',
  localeCookie,
  // Each page's head lists its alternates; next-intl's middleware only redirects here (proxy.ts),
  // and a redirect needs no Link header.
  alternateLinks: false,
})
