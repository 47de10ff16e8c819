import type { Locale } from '@/i18n/locales'
import { urls } from '@/lib/urls'

import type { Navigation } from '@/payload-types'

export type NavTarget = NonNullable<Navigation['main']>[number]

/** Menus name sections; the address comes from the one URL builder. */
export function navHref(target: NavTarget, locale: Locale): string {
  return urls[target](locale)
}
