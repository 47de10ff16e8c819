import { occurrenceIn, type Occurrence, type Repeating } from './eventOccurrences'
import { later, type EventWindow } from './eventWindow'

type List = { docs: (Repeating & { occurrence: Occurrence })[]; totalDocs: number }

/**
 * A list of events as of `now`. Windows start on the hour so that one cached answer serves the
 * hour (lib/eventWindow); what ended since then goes here, and each event is shown by its
 * occurrence not yet over: at 21:45 a nightly screening shows tomorrow's, not tonight's
 * 19:30–21:30.
 */
export function eventListAsOf<L extends List>(list: L, window: EventWindow, now = new Date()): L {
  if (window.past) return list
  const from = later(window.from, now.toISOString())
  const docs = list.docs
    .map((doc) => ({ ...doc, occurrence: occurrenceIn(doc, { ...window, from }) }))
    .filter(({ occurrence }) => occurrence.endsAt >= from)
  return { ...list, docs, totalDocs: list.totalDocs - (list.docs.length - docs.length) }
}
