import type { Metadata } from 'next'

import { hasLocale, NextIntlClientProvider } from 'next-intl'
import { setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'
import React from 'react'

import { localeInfo } from '@/i18n/locales'
import { routing } from '@/i18n/routing'
import { siteUrl } from '@/lib/urls'

import '../globals.css'

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> }

export const metadata: Metadata = { metadataBase: new URL(siteUrl()) }

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

  return (
    <html lang={info.hreflang} dir={info.dir}>
      <body>
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  )
}
