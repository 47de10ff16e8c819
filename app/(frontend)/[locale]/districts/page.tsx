import type { Metadata } from 'next'

import { getTranslations, setRequestLocale } from 'next-intl/server'

import { Card } from '@/components/Card'
import { CardGrid } from '@/components/CardGrid'
import { PageHeader } from '@/components/PageHeader'
import type { Locale } from '@/i18n/locales'
import { picture } from '@/lib/media'
import { getDistricts } from '@/lib/queries/districts'
import { siteMetadata } from '@/lib/siteMetadata'
import { urls } from '@/lib/urls'
import { fallbackLang } from '@/lib/withFallback'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'districts' })
  return siteMetadata(locale, { path: urls.districts, title: t('title'), description: t('lead') })
}

export default async function DistrictsPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, districts] = await Promise.all([getTranslations(), getDistricts(locale)])
  return (
    <>
      <PageHeader
        title={t('districts.title')}
        lead={t('districts.lead')}
        breadcrumbs={[
          { name: t('nav.home'), href: urls.home(locale) },
          { name: t('districts.title'), href: urls.districts(locale) },
        ]}
      />
      <div className="shell py-10">
        <CardGrid>
          {districts.map((d) => (
            <li key={d.slug}>
              <Card
                href={urls.district(d.slug, locale)}
                title={d.name}
                titleLang={fallbackLang(d, 'name')}
                summary={d.summary}
                summaryLang={fallbackLang(d, 'summary')}
                image={picture(d.image, 'card')}
                headingLevel="h2"
              />
            </li>
          ))}
        </CardGrid>
      </div>
    </>
  )
}
