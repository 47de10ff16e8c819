import { getTranslations } from 'next-intl/server'

import type { WeekDay } from '@/fields/openingHours'
import { fallbackMark } from '@/lib/withFallback'

type Slot = { days: WeekDay[]; opens: string; closes: string }

/** Weekly hours as "Mon, Tue: 09:00–17:00" lines, then the editor's note. */
export async function OpeningHours({
  hours,
  note,
  noteLang,
}: {
  hours: Slot[]
  note?: string | null
  noteLang?: 'en'
}) {
  if (hours.length === 0 && !note) return null
  const t = await getTranslations()
  return (
    <>
      {hours.length > 0 && (
        <ul>
          {hours.map((slot, i) => (
            <li key={i}>
              {t('attractions.hoursSlot', {
                days: slot.days.map((d) => t(`weekdays.${d}`)).join(', '),
                opens: slot.opens,
                closes: slot.closes,
              })}
            </li>
          ))}
        </ul>
      )}
      {note && (
        <p {...fallbackMark(noteLang)} className="text-sm text-stone">
          {note}
        </p>
      )}
    </>
  )
}
