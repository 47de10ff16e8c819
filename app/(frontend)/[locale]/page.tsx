import type { Metadata } from 'next'

import { getTranslations, setRequestLocale } from 'next-intl/server'

import { HomeAttractions } from '@/components/home/HomeAttractions'
import { HomeBusinesses } from '@/components/home/HomeBusinesses'
import { HomeEvents } from '@/components/home/HomeEvents'
import { HomeFigures } from '@/components/home/HomeFigures'
import { HomeHero } from '@/components/home/HomeHero'
import { HomeStories } from '@/components/home/HomeStories'
import type { Locale } from '@/i18n/locales'
import { getHomePage, getSiteSettings } from '@/lib/queries/globals'
import { siteMetadata } from '@/lib/siteMetadata'
import { urls } from '@/lib/urls'

type Props = { params: Promise<{ locale: Locale }> }

// "Upcoming events" moves with the clock: re-render hourly even without a publish.
export const revalidate = 3600

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const [settings, home] = await Promise.all([getSiteSettings(locale), getHomePage(locale)])
  const metadata = await siteMetadata(locale, {
    path: urls.home,
    title: settings.siteName,
    description: home.doc.heroText ?? settings.tagline,
  })
  return { ...metadata, title: { absolute: settings.siteName } }
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [home, t] = await Promise.all([getHomePage(locale), getTranslations('home')])
  return (
    <>
      <HomeHero home={home} locale={locale} />
      <div className="shell space-y-16 py-12 sm:space-y-20">
        <HomeStories home={home} locale={locale} />
        <HomeEvents locale={locale} />
        <HomeAttractions home={home} locale={locale} />
      </div>
      <HomeFigures home={home} locale={locale} title={t('figuresTitle')} />
      <div className="shell py-12 sm:py-16">
        <HomeBusinesses home={home} locale={locale} />
      </div>
    </>
  )
}
