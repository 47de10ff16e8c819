import type { Metadata, Viewport } from 'next'

import { hasLocale, NextIntlClientProvider } from 'next-intl'
import { getMessages, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'
import React from 'react'

import { CookieNotice } from '@/components/CookieNotice'
import { PreviewBanner } from '@/components/PreviewBanner'
import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { SkipLink } from '@/components/SkipLink'
import { isLocale, localeInfo, type Locale } from '@/i18n/locales'
import { routing } from '@/i18n/routing'
import { getSiteSettings } from '@/lib/queries/globals'
import { siteUrl, urls } from '@/lib/urls'

import '../globals.css'

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> }

/** Messages the client components need; the rest stay on the server and out of the bundle. */
const clientNamespaces = ['cookies', 'error', 'contact'] as const

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

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const info = localeInfo(locale)
  const messages = await getMessages()
  const clientMessages = Object.fromEntries(clientNamespaces.map((ns) => [ns, messages[ns]]))

  return (
    <html lang={info.hreflang} dir={info.dir}>
      <body className="flex min-h-screen flex-col">
        <NextIntlClientProvider messages={clientMessages}>
          <SkipLink />
          <PreviewBanner />
          <SiteHeader locale={locale as Locale} />
          <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
            {children}
          </main>
          <SiteFooter locale={locale as Locale} />
          <CookieNotice privacyHref={urls.privacy(locale as Locale)} />
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
