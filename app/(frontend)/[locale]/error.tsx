'use client'

import { useErrorText } from '@/components/ErrorTextProvider'
import { outageDigest } from '@/lib/outage/outageDigest'

/** A localized error page; the layout (header, footer, language) stays around it. */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  const t = useErrorText()
  const { title, text } = error.digest === outageDigest ? t.outage : t
  return (
    <div className="shell py-20">
      <h1 className="text-3xl font-semibold sm:text-5xl">{title}</h1>
      <p className="mt-4 max-w-xl text-lg text-stone">{text}</p>
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
