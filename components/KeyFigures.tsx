import type { Locale } from '@/i18n/locales'
import { formatChange, formatNumber } from '@/lib/format'

export type KeyFigure = {
  value: number
  unit?: string | null
  label: string
  change?: number | null
  period?: string | null
}

/** Big numbers with their unit, period and year-on-year change. */
export function KeyFigures({
  items,
  locale,
  tone = 'light',
}: {
  items: KeyFigure[]
  locale: Locale
  tone?: 'light' | 'dark'
}) {
  const dark = tone === 'dark'
  return (
    <ul className="grid list-none gap-4 ps-0 sm:grid-cols-2 lg:grid-cols-4">
      {items.map((item, i) => (
        <li
          key={i}
          className={`rounded-2xl p-5 ${dark ? 'bg-white/5 ring-1 ring-white/10' : 'bg-card ring-1 ring-mist'}`}
        >
          <p className={`font-display text-3xl font-bold ${dark ? 'text-lantern' : 'text-river'}`}>
            {formatNumber(item.value, locale, { maximumFractionDigits: 2 })}
            {/* A space, not a margin: in an Arabic line a margin lands on the wrong side. The
                unit may go to the next line, but whole: "billion yuan", 百万台. */}
            {item.unit && ' '}
            {item.unit && (
              <span className="whitespace-nowrap text-base font-semibold">{item.unit}</span>
            )}
          </p>
          <p className="mt-1 text-sm">{item.label}</p>
          {(item.change != null || item.period) && (
            <p className={`mt-2 text-xs ${dark ? 'text-white/70' : 'text-stone'}`}>
              {item.change != null && (
                <span className="font-bold">{formatChange(item.change, locale)} </span>
              )}
              {item.period && <span className="whitespace-nowrap">{item.period}</span>}
            </p>
          )}
        </li>
      ))}
    </ul>
  )
}
