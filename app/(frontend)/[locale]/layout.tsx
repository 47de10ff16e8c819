import type { Metadata, Viewport } from 'next'

import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'
import React from 'react'

import { CookieNotice } from '@/components/CookieNotice'
import { ErrorTextProvider } from '@/components/ErrorTextProvider'
import { PreviewBanner } from '@/components/PreviewBanner'
import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { SkipLink } from '@/components/SkipLink'
import { isLocale, localeInfo } from '@/i18n/locales'
import { routing } from '@/i18n/routing'
import { getSiteSettings } from '@/lib/queries/globals'
import { siteUrl, urls } from '@/lib/urls'

import '../globals.css'

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> }

export const viewport: Viewport = { themeColor: '#0d1b26', width: 'device-width', initialScale: 1 }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const settings = await getSiteSettings(locale)
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: settings.siteName, template: `%s · ${settings.siteName}` },
    description: settings.tagline ?? undefined,
    alternates: { types: { 'application/rss+xml': urls.newsRss(locale) } },
  }
}

/**
 * No page is rendered at build time (the build needs no database); each is rendered on its first
 * request, cached, and re-rendered when a publish revalidates its tags.
 */
export function generateStaticParams() {
  return []
}

/**
 * Client components get their words as props, translated here on the server: no
 * NextIntlClientProvider, so next-intl's client runtime never ships to the browser.
 */
export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const info = localeInfo(locale)
  const [tCookies, tError, tOutage] = await Promise.all([
    getTranslations('cookies'),
    getTranslations('error'),
    getTranslations('outage'),
  ])

  return (
    <html lang={info.hreflang} dir={info.dir}>
      <body className="flex min-h-screen flex-col">
        <SkipLink />
        {/* Early in the tab order: it sits over the page's foot until dismissed. */}
        <CookieNotice
          privacyHref={urls.privacy(locale)}
          text={{
            label: tCookies('label'),
            text: tCookies('text'),
            more: tCookies('more'),
            ok: tCookies('ok'),
          }}
        />
        <PreviewBanner />
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          <ErrorTextProvider
            text={{
              title: tError('title'),
              text: tError('text'),
              retry: tError('retry'),
              home: tError('home'),
              homeHref: urls.home(locale),
              outage: { title: tOutage('title'), text: tOutage('text') },
            }}
          >
            {children}
          </ErrorTextProvider>
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  )
}
