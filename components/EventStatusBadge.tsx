import { getTranslations } from 'next-intl/server'

import type { EventStatus } from '@/lib/taxonomy'

const styles: Record<EventStatus, string> = {
  scheduled: '',
  cancelled: 'bg-chili text-white',
  postponed: 'bg-lantern text-night',
  rescheduled: 'bg-river text-white',
}

/** Cancelled, postponed and rescheduled say so wherever the event appears; scheduled is quiet. */
export async function EventStatusBadge({ status }: { status: EventStatus }) {
  if (status === 'scheduled') return null
  const t = await getTranslations('taxonomy.eventStatuses')
  return (
    <span
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-bold uppercase tracking-wide ${styles[status]}`}
    >
      {t(status)}
    </span>
  )
}
