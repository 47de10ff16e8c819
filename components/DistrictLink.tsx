import Link from 'next/link'

import type { District } from '@/payload-types'

import type { Locale } from '@/i18n/locales'
import { urls } from '@/lib/urls'

/** A document's district as a link to its page, or null (for a fact list) when not populated. */
export function districtLink(district: number | District | null | undefined, locale: Locale) {
  if (!district || typeof district !== 'object') return null
  return (
    <Link href={urls.district(district.slug, locale)} className="link">
      {district.name}
    </Link>
  )
}
