'use client'

import { useParams } from 'next/navigation'
import { useEffect, useState } from 'react'

import { defaultLocale, isLocale, localeInfo } from '@/i18n/locales'
import { urls } from '@/lib/urls'
import { outageDigest } from '@/lib/outage/outageDigest'

import './(frontend)/globals.css'

type Words = { title: string; text: string; home: string }

/**
 * Shown in place of the whole page when the layout itself fails: its header and footer need the
 * database, so a page no one has opened since the data cache was cleared fails there during an
 * outage. No translation reaches this far, so it loads the visitor's message file only when it
 * is needed; Next's own page said "Application error" in English whatever the visitor's language.
 * It costs every page ~1.4 kB of script (gzipped): Next keeps its own error styles in its runtime.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  const { locale: param } = useParams<{ locale?: string }>() ?? {}
  const locale = isLocale(param) ? param : defaultLocale
  const [words, setWords] = useState<Words | null>(null)
  const outage = error.digest === outageDigest

  useEffect(() => {
    import(`@/messages/${locale}.json`).then(({ default: messages }) =>
      setWords(outage ? messages.outage : messages.error),
    )
  }, [locale, outage])

  const { hreflang, dir } = localeInfo(locale)
  return (
    <html lang={hreflang} dir={dir}>
      <body>
        <main className="shell py-20">
          {words && (
            <>
              <h1 className="text-3xl font-semibold sm:text-5xl">{words.title}</h1>
              <p className="mt-4 max-w-xl text-lg text-stone">{words.text}</p>
              <a href={urls.home(locale)} className="button mt-8">
                {words.home}
              </a>
            </>
          )}
        </main>
      </body>
    </html>
  )
}
