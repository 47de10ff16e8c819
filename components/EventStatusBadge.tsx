import { useTranslations } from 'next-intl'

import type { EventStatus } from '@/lib/taxonomy'

const styles: Record<EventStatus, string> = {
  scheduled: '',
  cancelled: 'bg-chili text-white',
  postponed: 'bg-lantern text-night',
  rescheduled: 'bg-river text-white',
}

/** Cancelled, postponed and rescheduled say so wherever the event appears; scheduled is quiet. */
export function EventStatusBadge({ status }: { status: EventStatus }) {
  const t = useTranslations('taxonomy.eventStatuses')
  if (status === 'scheduled') return null
  return (
    <span
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-bold uppercase tracking-wide ${styles[status]}`}
    >
      {t(status)}
    </span>
  )
}
