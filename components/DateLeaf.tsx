import type { Locale } from '@/i18n/locales'
import { formatDayAndMonth } from '@/lib/format'

/** A tear-off calendar leaf: the day large, the month small, in Chongqing time. */
export function DateLeaf({ iso, locale }: { iso: string; locale: Locale }) {
  const { day, month } = formatDayAndMonth(iso, locale)
  return (
    <span aria-hidden="true" className="date-leaf">
      <span className="date-leaf-month">{month}</span>
      <span className="date-leaf-day">{day}</span>
    </span>
  )
}
