import type { Metadata } from 'next'

import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ContactForm } from '@/components/ContactForm'
import { PhoneLink } from '@/components/PhoneLink'
import { PageHeader } from '@/components/PageHeader'
import type { Locale } from '@/i18n/locales'
import { contactFormKeys, type ContactFormText } from '@/lib/contact/contactState'
import { getSiteSettings } from '@/lib/queries/globals'
import { siteMetadata } from '@/lib/siteMetadata'
import { urls } from '@/lib/urls'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'contact' })
  return siteMetadata(locale, { path: urls.contact, title: t('title'), description: t('lead') })
}

export default async function ContactPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, settings] = await Promise.all([getTranslations(), getSiteSettings(locale)])
  const formText = Object.fromEntries(
    contactFormKeys.map((key) => [key, t(`contact.${key}`)]),
  ) as ContactFormText
  return (
    <>
      <PageHeader
        title={t('contact.title')}
        lead={t('contact.lead')}
        breadcrumbs={[
          { name: t('nav.home'), href: urls.home(locale) },
          { name: t('contact.title'), href: urls.contact(locale) },
        ]}
      />
      <div className="shell grid gap-12 py-10 lg:grid-cols-[minmax(0,40rem)_1fr]">
        <ContactForm locale={locale} text={formText} />
        <aside className="text-stone">
          <h2 className="steps-heading mb-4 text-xl font-semibold text-ink">
            {t('contact.other')}
          </h2>
          <address className="space-y-1 not-italic">
            {settings.contact?.address && <p>{settings.contact.address}</p>}
            {settings.contact?.email && (
              <p>
                <a href={`mailto:${settings.contact.email}`} className="link">
                  {settings.contact.email}
                </a>
              </p>
            )}
            {settings.contact?.phone && (
              <p>
                <PhoneLink phone={settings.contact.phone} />
              </p>
            )}
          </address>
        </aside>
      </div>
    </>
  )
}
