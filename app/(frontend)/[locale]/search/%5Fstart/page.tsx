import { setRequestLocale } from 'next-intl/server'

import { SearchView } from '@/components/SearchView'
import type { Locale } from '@/i18n/locales'

export { generateMetadata } from '../page'

/**
 * The search page before a query (`/en/search`, where the header's search link leads), which the
 * proxy rewrites here: the same for every visitor, so rendered once per language and cached.
 */
export default async function SearchStart({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  return <SearchView locale={locale} q="" />
}
