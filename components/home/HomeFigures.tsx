import type { HomePage } from '@/payload-types'
import { getTranslations } from 'next-intl/server'

import { localeInfo, type Locale } from '@/i18n/locales'
import { fallbackLang, fallbackMark, type WithFallback } from '@/lib/withFallback'

import { ChangeChart } from '../ChangeChart'
import { KeyFigures } from '../KeyFigures'

/** The economy in numbers: figures on the night band, growth as a server-drawn chart. */
export async function HomeFigures({
  home,
  locale,
  title,
}: {
  home: WithFallback<HomePage>
  locale: Locale
  title: string
}) {
  const t = await getTranslations('home')
  const figures = home.doc.keyFigures ?? []
  if (figures.length === 0) return null
  const bars = figures
    .filter((f) => f.change != null)
    .map((f) => ({ label: f.label, change: f.change! }))
  const items = figures.slice(0, 4)
  const anyEnglish = items.some((_, i) => fallbackLang(home, `keyFigures.${i}.label`))
  return (
    <section aria-labelledby="figures" className="contours text-white">
      <div className="shell grid gap-10 py-14 lg:grid-cols-[2fr_1fr]">
        <div>
          <h2 id="figures" className="font-display text-2xl font-semibold sm:text-3xl">
            {title}
          </h2>
          <p className="mb-6 mt-2 text-white/80">{t('figuresLead')}</p>
          <div {...fallbackMark(anyEnglish ? 'en' : undefined)}>
            <KeyFigures items={items} locale={locale} tone="dark" />
          </div>
        </div>
        <div
          {...fallbackMark(anyEnglish ? 'en' : undefined)}
          className="rounded-2xl bg-white/5 p-5 ring-1 ring-white/10"
        >
          <ChangeChart
            bars={bars}
            title={t('chartTitle')}
            locale={locale}
            dir={anyEnglish ? 'ltr' : localeInfo(locale).dir}
          />
        </div>
      </div>
    </section>
  )
}
