import Link from 'next/link'

import type { District } from '@/payload-types'

import type { Locale } from '@/i18n/locales'
import { urls } from '@/lib/urls'
import { fallbackLang, fallbackMark, type Marked } from '@/lib/withFallback'

/** A document's district as a link to its page, or null (for a fact list) when not populated.
 * Marked `lang="en"` when its name fell back (see lib/queries/markRelatedFallback). */
export function districtLink(
  district: number | Marked<District> | null | undefined,
  locale: Locale,
) {
  if (!district || typeof district !== 'object') return null
  return (
    <Link
      href={urls.district(district.slug, locale)}
      {...fallbackMark(fallbackLang(district, 'name'))}
      className="link"
    >
      {district.name}
    </Link>
  )
}
