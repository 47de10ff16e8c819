import { unfiltered } from '@/lib/listPage'

import EventsPage, { generateMetadata as metadata } from './%5Ffilter/[query]/page'

/** The unfiltered calendar (lib/listPage: unfiltered). */
export const revalidate = 300
export const generateMetadata = unfiltered(metadata)
export default unfiltered(EventsPage)
