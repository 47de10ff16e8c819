import type { Metadata } from 'next'

import { getTranslations } from 'next-intl/server'

import { CheckboxField } from '@/components/CheckboxField'
import { ChipLinks } from '@/components/ChipLinks'
import { DateField } from '@/components/DateField'
import { EventCard } from '@/components/EventCard'
import { FilterForm } from '@/components/FilterForm'
import { Icon } from '@/components/Icon'
import { ListResults } from '@/components/ListResults'
import { PageHeader } from '@/components/PageHeader'
import { ResultCount } from '@/components/ResultCount'
import { SelectField } from '@/components/SelectField'
import { eventWindow } from '@/lib/eventWindow'
import { eventPresets, eventQuery } from '@/lib/filters/eventFilters'
import { filteredLists } from '@/lib/filters/filteredLists'
import { getEventList } from '@/lib/queries/events'
import { districtListLoader, listMetadata, type ListParams } from '@/lib/listPage'
import { eventCategories } from '@/lib/taxonomy'
import { urls, withQuery } from '@/lib/urls'

type Props = { params: ListParams }

/** None at build time: each filter combination renders on its first visit, then comes from the
 * cache until a publish revalidates its tags (lib/filters/filteredLists). */
export function generateStaticParams() {
  return []
}

// Time moves on without a publish: today's, this weekend's and the upcoming lists change.
export const revalidate = 300

/** The one-tap windows; a custom range is chosen with the date fields instead. */
const presets = eventPresets.filter((preset) => preset !== 'range')

/** The filters and their page of events, or a 404: for the page and its metadata alike. */
const load = districtListLoader(filteredLists.events, (locale, filters, districtId) =>
  getEventList(locale, {
    window: eventWindow(filters),
    category: filters.category,
    districtId,
    free: filters.free,
    page: filters.page,
  }),
)

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return listMetadata(params, 'events', load)
}

export default async function EventsPage({ params }: Props) {
  const { locale, filters, districts, district, result } = await load(params)
  const t = await getTranslations()
  const kept = { category: filters.category, district: district?.slug, free: filters.free }
  const current = eventQuery({ ...filters, page: 1 })
  return (
    <>
      <PageHeader
        title={t('events.title')}
        lead={t('events.lead')}
        breadcrumbs={[
          { name: t('nav.home'), href: urls.home(locale) },
          { name: t('events.title'), href: urls.events(locale) },
        ]}
      />
      <div className="shell py-10">
        <ChipLinks
          label={t('events.presetsLabel')}
          chips={presets.map((preset) => ({
            href: withQuery(urls.events(locale), {
              ...kept,
              when: preset === 'upcoming' ? undefined : preset,
            }),
            label: t(`events.presets.${preset}`),
            current: filters.when === preset,
          }))}
        />
        <FilterForm
          action={urls.events(locale)}
          resetHref={urls.events(locale)}
          hidden={{
            when:
              filters.when === 'range' || filters.when === 'upcoming' ? undefined : filters.when,
          }}
        >
          <SelectField
            name="category"
            label={t('filters.category')}
            anyLabel={t('filters.all')}
            value={filters.category}
            options={eventCategories.map((c) => ({
              value: c,
              label: t(`taxonomy.eventCategories.${c}`),
            }))}
          />
          <SelectField
            name="district"
            label={t('filters.district')}
            anyLabel={t('filters.all')}
            value={district?.slug}
            options={districts.map((d) => ({ value: d.slug, label: d.name }))}
          />
          <DateField name="from" label={t('filters.from')} value={filters.from} />
          <DateField name="to" label={t('filters.to')} value={filters.to} />
          <CheckboxField name="free" label={t('filters.freeOnly')} checked={filters.free} />
        </FilterForm>
        <ListResults
          summary={
            <>
              <div className="flex flex-wrap items-center justify-between gap-x-6">
                <ResultCount text={t('results.events', { count: result.totalDocs })} />
                <a
                  href={withQuery(urls.eventsFeed(locale), current)}
                  className="link inline-flex min-h-11 items-center gap-2 text-sm font-semibold"
                >
                  <Icon name="calendar" className="h-4 w-4" />
                  {t('events.subscribe')}
                </a>
              </div>
              <p className="-mt-4 mb-6 text-sm text-stone">{t('events.timeZone')}</p>
            </>
          }
          items={result.docs}
          card={(event) => <EventCard event={event} locale={locale} headingLevel="h2" />}
          empty={{ title: t('results.none'), hint: t('results.noneHint') }}
          page={filters.page}
          totalPages={result.totalPages}
          href={(page) => withQuery(urls.events(locale), { ...current, page })}
        />
      </div>
    </>
  )
}
