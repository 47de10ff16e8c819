import type { Metadata } from 'next'

import type { Locale } from '@/i18n/locales'

import { picture } from './media'
import { pageMetadata } from './metadata'
import { getHomePage, getSiteSettings } from './queries/globals'

type Options = Omit<Parameters<typeof pageMetadata>[0], 'siteName' | 'locale'>

/** pageMetadata with the site's name, and the home hero as the share image of pages without one. */
export async function siteMetadata(locale: Locale, options: Options): Promise<Metadata> {
  const [settings, home] = await Promise.all([getSiteSettings(locale), getHomePage(locale)])
  return pageMetadata({
    ...options,
    locale,
    siteName: settings.siteName,
    image: options.image ?? picture(home.doc.heroImage, 'og'),
  })
}
