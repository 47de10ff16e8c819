import type { HomePage } from '@/payload-types'
import type { ReactNode } from 'react'
import { getTranslations } from 'next-intl/server'
import Link from 'next/link'

import type { Locale } from '@/i18n/locales'
import { picture } from '@/lib/media'
import { urls } from '@/lib/urls'
import { fallbackLang, fallbackMark, type WithFallback } from '@/lib/withFallback'

import { Icon } from '../Icon'
import { ResponsiveImage } from '../ResponsiveImage'
import { SearchBox } from '../SearchBox'

const textOf = (chunks: ReactNode) => (Array.isArray(chunks) ? chunks.join('') : String(chunks))

/**
 * Night over the rivers: title, a search box with three example searches, and the two ways in
 * (events, places).
 */
export async function HomeHero({ home, locale }: { home: WithFallback<HomePage>; locale: Locale }) {
  const [t, tSearch] = await Promise.all([getTranslations('home'), getTranslations('search')])
  const image = picture(home.doc.heroImage, 'hero')
  return (
    <section aria-labelledby="hero-title" className="contours relative overflow-hidden text-white">
      <div className="shell grid items-center gap-8 py-10 sm:py-16 lg:grid-cols-[1.1fr_1fr]">
        <div>
          <p className="text-sm font-semibold uppercase tracking-[0.2em] text-lantern">
            {t('kicker')}
          </p>
          <h1
            id="hero-title"
            {...fallbackMark(fallbackLang(home, 'heroTitle'))}
            className="mt-3 text-4xl font-semibold sm:text-6xl"
          >
            {home.doc.heroTitle || t('title')}
          </h1>
          {home.doc.heroText && (
            <p
              {...fallbackMark(fallbackLang(home, 'heroText'))}
              className="mt-5 max-w-xl text-lg text-white/85"
            >
              {home.doc.heroText}
            </p>
          )}
          <SearchBox
            locale={locale}
            id="hero-search"
            label={t('searchLabel')}
            placeholder={tSearch('placeholder')}
            submit={t('searchButton')}
            compact
          />
          <p className="mt-3 text-sm text-white/85">
            {t.rich('searchExamples', {
              // One tap runs the search: on a phone that beats typing 解放碑.
              example: (chunks) => (
                <Link
                  href={urls.search(locale, textOf(chunks))}
                  prefetch={false}
                  className="font-semibold text-lantern underline underline-offset-4 hover:text-white"
                >
                  {chunks}
                </Link>
              ),
            })}
          </p>
          <div className="mt-6 flex flex-wrap gap-3">
            <Link
              href={urls.events(locale)}
              className="button bg-lantern text-night hover:bg-white"
            >
              <Icon name="calendar" />
              {t('ctaEvents')}
            </Link>
            <Link
              href={urls.attractions(locale)}
              className="button bg-white/10 ring-1 ring-white/40 hover:bg-white/20"
            >
              <Icon name="pin" />
              {t('ctaAttractions')}
            </Link>
          </div>
        </div>
        {image && (
          <div className="relative">
            <ResponsiveImage
              image={image}
              priority
              sizes="(min-width: 1024px) 560px, 100vw"
              className="aspect-[16/10] w-full rounded-3xl object-cover shadow-2xl ring-1 ring-white/10"
            />
          </div>
        )}
      </div>
    </section>
  )
}
