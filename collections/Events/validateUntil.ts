import { localDay } from '@/lib/dates'
import { eventOccurrences, maxOccurrences, type Repeating } from '@/lib/eventOccurrences'

type Args = { data: Partial<Repeating>; siblingData: { frequency?: string | null } }

/** A repeat needs a last day, on or after the first start, and no more dates than a year of days. */
export function validateUntil(value: unknown, { data, siblingData }: Args): true | string {
  if (!siblingData?.frequency) return true
  if (!value) return 'Give the last day it repeats on.'
  if (!data?.startsAt) return true
  if (localDay(new Date(value as string)) < localDay(new Date(data.startsAt))) {
    return 'The last day must not be before the first start.'
  }
  const recurrence = { frequency: siblingData.frequency, until: value } as Repeating['recurrence']
  return eventOccurrences({ startsAt: data.startsAt, recurrence }, maxOccurrences + 1).length >
    maxOccurrences
    ? `A repeat may give at most ${maxOccurrences} dates; choose an earlier last day.`
    : true
}
