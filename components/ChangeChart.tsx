import type { Locale } from '@/i18n/locales'
import { formatChange } from '@/lib/format'

type Bar = { label: string; change: number }

const width = 320
const fontSize = 10

/**
 * A label cut to the chart's width. SVG text does not wrap, so its width is estimated: a CJK
 * character is about one em, any other about half.
 */
function fit(label: string, room = width - fontSize): string {
  let used = 0
  for (const [i, char] of [...label].entries()) {
    used += (/[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(char) ? 1 : 0.55) * fontSize
    if (used > room) return `${[...label].slice(0, i - 1).join('')}…`
  }
  return label
}

/**
 * Year-on-year growth as horizontal bars, drawn on the server as SVG: no chart library, no
 * script. The same numbers are in the figure list beside it, so the chart is decorative to
 * assistive technology apart from its title. Right to left (`dir`), the bars grow from the right
 * and the labels start there: SVG does not mirror itself.
 */
export function ChangeChart({
  bars,
  title,
  locale,
  dir,
}: {
  bars: Bar[]
  title: string
  locale: Locale
  dir: 'ltr' | 'rtl'
}) {
  if (bars.length === 0) return null
  const max = Math.max(...bars.map((b) => Math.abs(b.change)), 1)
  const row = 34
  const height = bars.length * row + 8
  const rtl = dir === 'rtl'
  const x = (fromStart: number) => (rtl ? width - fromStart : fromStart)
  return (
    <figure>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={title}
        direction={dir}
        className="h-auto w-full"
      >
        {bars.map((bar, i) => {
          const length = Math.max(4, (Math.abs(bar.change) / max) * 180)
          const y = i * row + 4
          return (
            <g key={i}>
              <text x={x(0)} y={y + 12} fontSize={fontSize} fill="currentColor" opacity="0.85">
                {fit(bar.label)}
              </text>
              <rect
                x={rtl ? width - length : 0}
                y={y + 17}
                width={length}
                height="10"
                rx="5"
                fill="#f2b134"
              />
              <text
                x={x(length + 6)}
                y={y + 26}
                fontSize={fontSize}
                fontWeight="700"
                fill="currentColor"
                direction="ltr"
                textAnchor={rtl ? 'end' : 'start'}
              >
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
