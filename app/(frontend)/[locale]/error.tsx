'use client'

import { useTranslations } from 'next-intl'
import { useParams } from 'next/navigation'

/** A localized error page; the layout (header, footer, language) stays around it. */
export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  const t = useTranslations('error')
  const { locale } = useParams<{ locale: string }>()
  return (
    <div className="shell py-20">
      <h1 className="text-3xl font-semibold sm:text-5xl">{t('title')}</h1>
      <p className="mt-4 max-w-xl text-lg text-stone">{t('text')}</p>
      <div className="mt-8 flex flex-wrap gap-3">
        <button type="button" onClick={reset} className="button">
          {t('retry')}
        </button>
        <a href={`/${locale}`} className="button button-quiet">
          {t('home')}
        </a>
      </div>
    </div>
  )
}
