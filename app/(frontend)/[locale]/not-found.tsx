import { getLocale, getTranslations } from 'next-intl/server'
import Link from 'next/link'

import { defaultLocale, isLocale } from '@/i18n/locales'
import { urls } from '@/lib/urls'

export { notFoundPageMetadata as generateMetadata } from '@/lib/notFoundMetadata'

/** The localized 404, for unknown pages, unknown slugs and pages past the last one. */
export default async function NotFound() {
  const requested = await getLocale()
  const locale = isLocale(requested) ? requested : defaultLocale
  const t = await getTranslations('notFound')
  return (
    <div className="contours fills-main text-white">
      <div className="shell py-20">
        <p className="font-display text-7xl font-bold text-lantern">404</p>
        <h1 className="mt-4 text-3xl font-semibold sm:text-5xl">{t('title')}</h1>
        <p className="mt-4 max-w-xl text-lg text-white/85">{t('text')}</p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link href={urls.home(locale)} className="button bg-lantern text-night hover:bg-white">
            {t('home')}
          </Link>
          <Link
            href={urls.search(locale)}
            prefetch={false}
            className="button bg-white/10 ring-1 ring-white/40 hover:bg-white/20"
          >
            {t('search')}
          </Link>
        </div>
      </div>
    </div>
  )
}
