import { useTranslations } from 'next-intl'

import type { Attraction, District } from '@/payload-types'

import type { Locale } from '@/i18n/locales'
import { picture } from '@/lib/media'
import { urls } from '@/lib/urls'
import { fallbackLang, fallbackMark, type Marked } from '@/lib/withFallback'

import { Card } from './Card'
import { Icon } from './Icon'

type Props = {
  attraction: Pick<
    Attraction,
    'slug' | 'name' | 'summary' | 'images' | 'category' | 'district' | 'admission'
  > & { fallback?: string[] }
  locale: Locale
  headingLevel?: 'h2' | 'h3'
}

export function AttractionCard({ attraction, locale, headingLevel }: Props) {
  const t = useTranslations()
  const district =
    typeof attraction.district === 'object'
      ? (attraction.district as Marked<District> | null)
      : null
  return (
    <Card
      href={urls.attraction(attraction.slug, locale)}
      title={attraction.name}
      titleLang={fallbackLang(attraction, 'name')}
      image={picture(attraction.images?.[0], 'card')}
      eyebrow={t(`taxonomy.attractionCategories.${attraction.category}`)}
      summary={attraction.summary}
      summaryLang={fallbackLang(attraction, 'summary')}
      meta={
        <>
          {district && (
            <span className="inline-flex items-center gap-1">
              <Icon name="pin" className="h-4 w-4" />
              <span {...fallbackMark(fallbackLang(district, 'name'))}>{district.name}</span>
            </span>
          )}
          {attraction.admission?.isFree && (
            <span className="font-semibold text-jade">{t('common.free')}</span>
          )}
        </>
      }
      headingLevel={headingLevel}
    />
  )
}
