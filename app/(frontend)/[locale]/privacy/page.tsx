import type { Metadata } from 'next'

import { getTranslations, setRequestLocale } from 'next-intl/server'

import { PageHeader } from '@/components/PageHeader'
import type { Locale } from '@/i18n/locales'
import { siteMetadata } from '@/lib/siteMetadata'
import { urls } from '@/lib/urls'

type Props = { params: Promise<{ locale: Locale }> }

const sections = ['collect', 'messages', 'partners', 'rights'] as const

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'privacy' })
  return siteMetadata(locale, { path: urls.privacy, title: t('title'), description: t('lead') })
}

export default async function PrivacyPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations()
  return (
    <>
      <PageHeader
        title={t('privacy.title')}
        lead={t('privacy.lead')}
        breadcrumbs={[
          { name: t('nav.home'), href: urls.home(locale) },
          { name: t('privacy.title'), href: urls.privacy(locale) },
        ]}
      />
      <div className="shell py-10">
        <div className="prose-city">
          {sections.map((section) => (
            <section key={section} aria-labelledby={`privacy-${section}`}>
              <h2 id={`privacy-${section}`}>{t(`privacy.${section}Title`)}</h2>
              <p>{t(`privacy.${section}`)}</p>
            </section>
          ))}
        </div>
      </div>
    </>
  )
}
