import { getTranslations } from 'next-intl/server'
import Link from 'next/link'

import type { Locale } from '@/i18n/locales'
import { defaultNavigation, navHref } from '@/lib/navigation'
import { getNavigation, getSiteSettings } from '@/lib/queries/globals'
import { urls } from '@/lib/urls'

import { Icon } from './Icon'
import { LanguageSwitcher } from './LanguageSwitcher'
import { LogoMark } from './LogoMark'

export async function SiteHeader({ locale }: { locale: Locale }) {
  const [t, settings, navigation] = await Promise.all([
    getTranslations('nav'),
    getSiteSettings(locale),
    getNavigation(),
  ])
  const main = navigation.main?.length ? navigation.main : defaultNavigation.main
  return (
    <header className="bg-night text-white">
      <div className="shell flex flex-wrap items-center gap-x-4 gap-y-1 py-2 sm:gap-x-6">
        <Link
          href={urls.home(locale)}
          className="flex min-h-11 items-center gap-3 rounded-md font-display text-base font-semibold no-underline sm:text-lg"
        >
          <LogoMark />
          <span>{settings.siteName}</span>
        </Link>
        {/* On a phone one row that scrolls sideways, rather than a header a third of the screen,
            below the name and tools; in the source before the tools, so the keyboard meets the
            sections where a wide screen shows them, beside the name. */}
        <nav aria-label={t('mainLabel')} className="order-last w-full md:order-none md:w-auto">
          <ul className="nav-scroller -mx-3 flex overflow-x-auto whitespace-nowrap py-2 md:flex-wrap md:overflow-visible md:py-0">
            {main.map((target) => (
              <li key={target} className="shrink-0">
                <Link href={navHref(target, locale)} className="nav-link">
                  {t(target)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ms-auto flex items-center gap-1">
          {/* Not prefetched: from every page view that would send the search page to every
              phone for the few visitors who search; a click fetches it from the cache. */}
          <Link
            href={urls.search(locale)}
            prefetch={false}
            className="flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-full px-2 text-sm font-semibold hover:bg-white/10 sm:px-3"
          >
            <Icon name="search" />
            <span className="sr-only sm:not-sr-only">{t('search')}</span>
          </Link>
          <LanguageSwitcher current={locale} label={t('language')} />
        </div>
      </div>
      <div aria-hidden="true" className="h-1 bg-gradient-to-r from-chili via-lantern to-river" />
    </header>
  )
}
