import type { Locale } from '@/i18n/locales'
import { formatDayAndMonth } from '@/lib/format'

/** A tear-off calendar leaf: the day large, the month small, in Chongqing time. */
export function DateLeaf({ iso, locale }: { iso: string; locale: Locale }) {
  const { day, month } = formatDayAndMonth(iso, locale)
  return (
    <span
      aria-hidden="true"
      className="flex w-14 flex-col overflow-hidden rounded-lg bg-white text-center shadow-md"
    >
      <span className="bg-chili px-1 py-0.5 text-[0.7rem] font-bold uppercase text-white">
        {month}
      </span>
      <span className="py-1 font-display text-xl font-bold text-ink">{day}</span>
    </span>
  )
}
