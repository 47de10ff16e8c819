import { useTranslations } from 'next-intl'

import type { Business, District } from '@/payload-types'

import type { Locale } from '@/i18n/locales'
import { countryName } from '@/lib/format'
import { picture } from '@/lib/media'
import { urls } from '@/lib/urls'
import { fallbackLang, fallbackMark, type Marked } from '@/lib/withFallback'

import { Card } from './Card'
import { Icon } from './Icon'

type Props = {
  business: Pick<Business, 'slug' | 'name' | 'sector' | 'logo' | 'originCountry' | 'district'> & {
    fallback?: string[]
  }
  locale: Locale
  headingLevel?: 'h2' | 'h3'
}

export function BusinessCard({ business, locale, headingLevel }: Props) {
  const t = useTranslations()
  const district =
    typeof business.district === 'object' ? (business.district as Marked<District> | null) : null
  return (
    <Card
      href={urls.business(business.slug, locale)}
      title={business.name}
      titleLang={fallbackLang(business, 'name')}
      image={picture(business.logo, 'card')}
      eyebrow={t(`taxonomy.businessSectors.${business.sector}`)}
      meta={
        <>
          {business.originCountry && (
            <span>
              {t('businesses.originShort', {
                country: countryName(business.originCountry, locale),
              })}
            </span>
          )}
          {district && (
            <span className="inline-flex items-center gap-1">
              <Icon name="pin" className="h-4 w-4" />
              <span {...fallbackMark(fallbackLang(district, 'name'))}>{district.name}</span>
            </span>
          )}
        </>
      }
      headingLevel={headingLevel}
    />
  )
}
