import { getTranslations } from 'next-intl/server'
import Link from 'next/link'

import { Card } from '@/components/Card'
import { CardGrid } from '@/components/CardGrid'
import { ChipLinks } from '@/components/ChipLinks'
import { EmptyState } from '@/components/EmptyState'
import { PageHeader } from '@/components/PageHeader'
import { ResultCount } from '@/components/ResultCount'
import { SearchBox } from '@/components/SearchBox'
import type { Locale } from '@/i18n/locales'
import { formatDate } from '@/lib/format'
import { picture } from '@/lib/media'
import { minQueryLength, search, type SearchType, searchTypes } from '@/lib/search'
import { docUrl, urls, withQuery } from '@/lib/urls'
import { fallbackLang } from '@/lib/withFallback'

type Props = { locale: Locale; q: string; type?: SearchType }

/** The search page: the box, and for a query its results by type, or the no-results state. */
export async function SearchView({ locale, q, type }: Props) {
  const [t, hits] = await Promise.all([getTranslations(), search(q, locale, type)])
  const asked = q.length >= minQueryLength
  return (
    <>
      <PageHeader
        title={t('search.title')}
        lead={t('search.lead')}
        breadcrumbs={[
          { name: t('nav.home'), href: urls.home(locale) },
          { name: t('search.title'), href: urls.search(locale) },
        ]}
      >
        <SearchBox
          locale={locale}
          id="q"
          label={t('search.label')}
          placeholder={t('search.placeholder')}
          submit={t('search.submit')}
          query={q}
          type={type}
        />
      </PageHeader>
      <div className="shell py-10">
        {asked && (
          <ChipLinks
            label={t('search.type')}
            chips={[
              { href: urls.search(locale, q), label: t('filters.all'), current: !type },
              ...searchTypes.map((ty) => ({
                href: withQuery(urls.search(locale), { q, type: ty }),
                label: t(`search.types.${ty}`),
                current: type === ty,
              })),
            ]}
          />
        )}
        {!asked ? (
          q && <p className="text-stone">{t('search.tooShort')}</p>
        ) : hits.length === 0 ? (
          <>
            <ResultCount text={t('search.results', { count: 0, query: q })} />
            <EmptyState title={t('search.none', { query: q })}>
              <p>{t('search.noneHint')}</p>
              <ul className="mt-4 flex flex-wrap justify-center gap-2">
                {(['news', 'attractions', 'events', 'businesses'] as const).map((section) => (
                  <li key={section}>
                    <Link href={urls[section](locale)} className="chip">
                      {t(`nav.${section}`)}
                    </Link>
                  </li>
                ))}
              </ul>
            </EmptyState>
          </>
        ) : (
          <>
            <ResultCount text={t('search.results', { count: hits.length, query: q })} />
            <CardGrid>
              {hits.map((hit) => (
                <li key={`${hit.type}-${hit.id}`}>
                  <Card
                    href={docUrl(hit.type, hit.slug, locale)}
                    title={hit.title}
                    titleLang={fallbackLang(hit, 'title')}
                    summary={hit.summary}
                    summaryLang={fallbackLang(hit, 'summary')}
                    image={picture(hit.image, 'card')}
                    eyebrow={t(`search.types.${hit.type}`)}
                    meta={
                      hit.date ? (
                        <time dateTime={hit.date}>{formatDate(hit.date, locale)}</time>
                      ) : undefined
                    }
                    headingLevel="h2"
                  />
                </li>
              ))}
            </CardGrid>
          </>
        )}
      </div>
    </>
  )
}
