import { defineRouting } from 'next-intl/routing'

import { defaultLocale, localeCodes, localeCookie } from './locales'

export const routing = defineRouting({
  locales: localeCodes,
  defaultLocale,
  localePrefix: 'always',
  localeCookie,
  // Each page's head lists its alternates; a Link header would repeat them on the proxy's pages
  // only (a plain GET of a document skips the proxy, see proxy.ts).
  alternateLinks: false,
})
