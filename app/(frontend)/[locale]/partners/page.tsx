import type { Metadata } from 'next'

import { getTranslations, setRequestLocale } from 'next-intl/server'
import Link from 'next/link'

import { PageHeader } from '@/components/PageHeader'
import type { Locale } from '@/i18n/locales'
import { siteMetadata } from '@/lib/siteMetadata'
import { urls } from '@/lib/urls'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'partners' })
  return siteMetadata(locale, { path: urls.partners, title: t('title'), description: t('lead') })
}

export default async function PartnersPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations()
  return (
    <>
      <PageHeader
        title={t('partners.title')}
        lead={t('partners.lead')}
        breadcrumbs={[
          { name: t('nav.home'), href: urls.home(locale) },
          { name: t('partners.title'), href: urls.partners(locale) },
        ]}
      />
      <div className="shell grid gap-12 py-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="prose-city">
          <h2 className="steps-heading">{t('partners.howTitle')}</h2>
          <ol className="space-y-3">
            <li>{t('partners.step1')}</li>
            <li>{t('partners.step2')}</li>
            <li>{t('partners.step3')}</li>
          </ol>
          <h2>{t('partners.rulesTitle')}</h2>
          <p>{t('partners.rules')}</p>
          <p>
            <Link href={urls.contact(locale)}>{t('partners.questions')}</Link>
          </p>
        </div>
        <aside className="space-y-3">
          <Link href={urls.partnerApply(locale)} className="button w-full">
            {t('partners.apply')}
          </Link>
          <a href={urls.admin()} className="button button-quiet w-full">
            {t('partners.signIn')}
          </a>
        </aside>
      </div>
    </>
  )
}
