import type { Locale } from '@/i18n/locales'
import { formatChange } from '@/lib/format'

type Bar = { label: string; change: number }

/**
 * Year-on-year growth as horizontal bars, drawn on the server as SVG: no chart library, no
 * script. The same numbers are in the figure list beside it, so the chart is decorative to
 * assistive technology apart from its title.
 */
export function ChangeChart({
  bars,
  title,
  locale,
}: {
  bars: Bar[]
  title: string
  locale: Locale
}) {
  if (bars.length === 0) return null
  const max = Math.max(...bars.map((b) => Math.abs(b.change)), 1)
  const row = 34
  const height = bars.length * row + 8
  return (
    <figure>
      <svg viewBox={`0 0 320 ${height}`} role="img" aria-label={title} className="h-auto w-full">
        {bars.map((bar, i) => {
          const width = Math.max(4, (Math.abs(bar.change) / max) * 180)
          const y = i * row + 4
          return (
            <g key={i}>
              <text x="0" y={y + 12} fontSize="10" fill="currentColor" opacity="0.85">
                {bar.label.length > 38 ? `${bar.label.slice(0, 37)}…` : bar.label}
              </text>
              <rect x="0" y={y + 17} width={width} height="10" rx="5" fill="#f2b134" />
              <text x={width + 6} y={y + 26} fontSize="10" fontWeight="700" fill="currentColor">
                {formatChange(bar.change, locale)}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption className="mt-2 text-xs opacity-80">{title}</figcaption>
    </figure>
  )
}
