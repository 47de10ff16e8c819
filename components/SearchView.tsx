import { getTranslations } from 'next-intl/server'
import Link from 'next/link'

import { CardGrid } from '@/components/CardGrid'
import { ChipLinks } from '@/components/ChipLinks'
import { EmptyState } from '@/components/EmptyState'
import { PageHeader } from '@/components/PageHeader'
import { RelatedCards } from '@/components/RelatedCards'
import { ResultCount } from '@/components/ResultCount'
import { SearchBox } from '@/components/SearchBox'
import { SearchHitCard } from '@/components/SearchHitCard'
import type { Locale } from '@/i18n/locales'
import { minQueryLength, search, type SearchType, searchTypes } from '@/lib/search'
import { urls, withQuery } from '@/lib/urls'

type Props = { locale: Locale; q: string; type?: SearchType }

/**
 * Without a type, the first few hits of each type, each group with a link to the rest: on a phone
 * a broad word ("chongqing") then reaches every type within a few screens, and the page renders
 * a dozen cards, not forty.
 */
const perGroup = 3

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
            {type ? (
              <CardGrid>
                {hits.map((hit) => (
                  <li key={hit.id}>
                    <SearchHitCard
                      hit={hit}
                      locale={locale}
                      typeLabel={t(`search.types.${hit.type}`)}
                      headingLevel="h2"
                    />
                  </li>
                ))}
              </CardGrid>
            ) : (
              <div className="space-y-12">
                {searchTypes.map((ty) => {
                  const ofType = hits.filter((hit) => hit.type === ty)
                  return (
                    <RelatedCards
                      key={ty}
                      id={`results-${ty}`}
                      title={t(`search.groups.${ty}`)}
                      cards={ofType.slice(0, perGroup).map((hit) => (
                        <SearchHitCard
                          key={hit.id}
                          hit={hit}
                          locale={locale}
                          typeLabel={t(`search.types.${ty}`)}
                          headingLevel="h3"
                        />
                      ))}
                      moreHref={
                        ofType.length > perGroup
                          ? withQuery(urls.search(locale), { q, type: ty })
                          : undefined
                      }
                      moreLabel={t(`search.more.${ty}`, { count: ofType.length })}
                    />
                  )
                })}
              </div>
            )}
          </>
        )}
      </div>
    </>
  )
}
