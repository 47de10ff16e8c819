import type { DateFieldValidation } from 'payload'

import { date as validDate } from 'payload/shared'

import { localDay } from '@/lib/dates'
import {
  eventOccurrences,
  maxOccurrences,
  type Frequency,
  type Repeating,
} from '@/lib/eventOccurrences'

type Data = Partial<Repeating> | undefined

/** A repeat needs a last day, on or after the first start, and no more dates than a year of days. */
export const validateUntil: DateFieldValidation = async (value, args) => {
  const valid = await validDate(value, args)
  const frequency = (args.siblingData as { frequency?: Frequency | null })?.frequency
  const startsAt = (args.data as Data)?.startsAt
  if (valid !== true || !frequency) return valid
  if (!value) return 'Give the last day it repeats on.'
  if (!startsAt) return true
  if (localDay(new Date(value)) < localDay(new Date(startsAt))) {
    return 'The last day must not be before the first start.'
  }
  const ruled = eventOccurrences({ startsAt, recurrence: { frequency, until: String(value) } })
  return ruled.length > maxOccurrences
    ? `A repeat may give at most ${maxOccurrences} dates; choose an earlier last day.`
    : true
}

/** An extra start comes after the first: the event's own start is its first date. */
export const validateExtraStart: DateFieldValidation = async (value, args) => {
  const valid = await validDate(value, args)
  const startsAt = (args.data as Data)?.startsAt
  if (valid !== true || !value || !startsAt) return valid
  return new Date(value) > new Date(startsAt)
    ? true
    : 'An extra start must come after the first start.'
}
