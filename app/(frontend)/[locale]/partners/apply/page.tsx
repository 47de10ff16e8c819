import type { Metadata } from 'next'

import { getTranslations, setRequestLocale } from 'next-intl/server'

import { PageHeader } from '@/components/PageHeader'
import { ApplyForm } from '@/components/partners/ApplyForm'
import type { Locale } from '@/i18n/locales'
import { applyFormKeys, type ApplyFormText } from '@/lib/partners/applicationForm'
import { siteMetadata } from '@/lib/siteMetadata'
import { urls } from '@/lib/urls'

import { applyForPartnership } from './actions'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'partnerApply' })
  return siteMetadata(locale, {
    path: urls.partnerApply,
    title: t('metaTitle'),
    description: t('metaDescription'),
  })
}

/** "Become a partner": the application form that editors accept in the admin. */
export default async function PartnerApplyPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations()
  const formText = Object.fromEntries(
    applyFormKeys.map((key) => [key, t(`partnerApply.${key}`)]),
  ) as ApplyFormText
  return (
    <>
      <PageHeader
        title={t('partnerApply.title')}
        lead={t('partnerApply.intro')}
        breadcrumbs={[
          { name: t('nav.home'), href: urls.home(locale) },
          { name: t('partners.title'), href: urls.partners(locale) },
          { name: t('partnerApply.title'), href: urls.partnerApply(locale) },
        ]}
      />
      <div className="shell py-10">
        <div className="max-w-[40rem]">
          <ApplyForm action={applyForPartnership} locale={locale} text={formText} />
        </div>
      </div>
    </>
  )
}
