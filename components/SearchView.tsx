import { getTranslations } from 'next-intl/server'
import Link from 'next/link'

import { ChipLinks } from '@/components/ChipLinks'
import { EmptyState } from '@/components/EmptyState'
import { ListResults } from '@/components/ListResults'
import { PageHeader } from '@/components/PageHeader'
import { RelatedCards } from '@/components/RelatedCards'
import { ResultCount } from '@/components/ResultCount'
import { SearchBox } from '@/components/SearchBox'
import { SearchHitCard } from '@/components/SearchHitCard'
import type { Locale } from '@/i18n/locales'
import { defaultNavigation } from '@/lib/navigation'
import { minQueryLength, type SearchFilters } from '@/lib/filters/searchFilters'
import { searchTypes, type SearchResults } from '@/lib/search'
import { urls, withQuery } from '@/lib/urls'

type Props = { locale: Locale; filters: SearchFilters; results: SearchResults }

/**
 * The search page: the box, and for a query the first hits of each type, or one type's hits a
 * page at a time, or the no-results state.
 */
export async function SearchView({ locale, filters, results }: Props) {
  const { q = '', type, page } = filters
  const { groups, total, totalPages } = results
  const t = await getTranslations()
  const asked = q.length >= minQueryLength
  const resultCount = <ResultCount text={t('search.results', { count: total, query: q })} />
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
        ) : total === 0 ? (
          <>
            {resultCount}
            <EmptyState title={t('search.none', { query: q })}>
              <p>{t('search.noneHint')}</p>
              <ul className="mt-4 flex flex-wrap justify-center gap-2">
                {defaultNavigation.main.map((section) => (
                  <li key={section}>
                    <Link href={urls[section](locale)} className="chip">
                      {t(`nav.${section}`)}
                    </Link>
                  </li>
                ))}
              </ul>
            </EmptyState>
          </>
        ) : type ? (
          <ListResults
            summary={resultCount}
            items={groups[0]!.hits}
            card={(hit) => <SearchHitCard hit={hit} locale={locale} headingLevel="h2" />}
            empty={{ title: t('search.none', { query: q }) }}
            page={page}
            totalPages={totalPages}
            href={(p) => withQuery(urls.search(locale), { q, type, page: p })}
          />
        ) : (
          <>
            {resultCount}
            <div className="space-y-12">
              {groups.map((group) => (
                <RelatedCards
                  key={group.type}
                  id={`results-${group.type}`}
                  title={t(`search.groups.${group.type}`)}
                  cards={group.hits.map((hit) => (
                    <SearchHitCard key={hit.id} hit={hit} locale={locale} headingLevel="h3" />
                  ))}
                  moreHref={
                    group.total > group.hits.length
                      ? withQuery(urls.search(locale), { q, type: group.type })
                      : undefined
                  }
                  moreLabel={t(`search.more.${group.type}`, { count: group.total })}
                />
              ))}
            </div>
          </>
        )}
      </div>
    </>
  )
}
