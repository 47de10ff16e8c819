import type { Metadata } from 'next'

import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ApplyForm } from '@/components/partners/ApplyForm'
import type { Locale } from '@/i18n/locales'

import { applyForPartnership } from './actions'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'partnerApply' })
  return { title: t('metaTitle'), description: t('metaDescription') }
}

/** "Become a partner": the application form that editors accept in the admin. */
export default async function PartnerApplyPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations('partnerApply')
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="mb-4 text-3xl font-semibold">{t('title')}</h1>
      <p className="mb-8 text-neutral-700">{t('intro')}</p>
      <ApplyForm action={applyForPartnership} locale={locale} />
    </main>
  )
}
