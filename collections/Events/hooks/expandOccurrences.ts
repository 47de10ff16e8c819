import type { CollectionBeforeChangeHook } from 'payload'

import { eventOccurrences } from '@/lib/eventOccurrences'

/**
 * Writes out every start and end of the event from its times and repeat rule, whatever the
 * request sent for them (`data` holds every field here; see guardPartnerChanges).
 */
export const expandOccurrences: CollectionBeforeChangeHook = ({ data }) => {
  data.occurrences = data.startsAt
    ? eventOccurrences(data as Parameters<typeof eventOccurrences>[0])
    : []
  return data
}
