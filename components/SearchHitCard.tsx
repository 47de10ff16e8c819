import { useTranslations } from 'next-intl'

import { Card } from '@/components/Card'
import type { Locale } from '@/i18n/locales'
import { formatDate } from '@/lib/format'
import { picture } from '@/lib/media'
import type { SearchHit } from '@/lib/search'
import { docUrl } from '@/lib/urls'
import { fallbackLang } from '@/lib/withFallback'

type Props = { hit: SearchHit; locale: Locale; headingLevel: 'h2' | 'h3' }

/** One search result: a card with its type label, and the date for events and stories. */
export function SearchHitCard({ hit, locale, headingLevel }: Props) {
  const t = useTranslations('search.types')
  return (
    <Card
      href={docUrl(hit.type, hit.slug, locale)}
      title={hit.title}
      titleLang={fallbackLang(hit, 'title')}
      summary={hit.summary}
      summaryLang={fallbackLang(hit, 'summary')}
      image={picture(hit.image, 'card')}
      eyebrow={t(hit.type)}
      meta={hit.date ? <time dateTime={hit.date}>{formatDate(hit.date, locale)}</time> : undefined}
      headingLevel={headingLevel}
    />
  )
}
