'use client'

import { useErrorText } from '@/components/ErrorTextProvider'

/** A localized error page; the layout (header, footer, language) stays around it. */
export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  const t = useErrorText()
  return (
    <div className="shell py-20">
      <h1 className="text-3xl font-semibold sm:text-5xl">{t.title}</h1>
      <p className="mt-4 max-w-xl text-lg text-stone">{t.text}</p>
      <div className="mt-8 flex flex-wrap gap-3">
        <button type="button" onClick={reset} className="button">
          {t.retry}
        </button>
        <a href={t.homeHref} className="button button-quiet">
          {t.home}
        </a>
      </div>
    </div>
  )
}
