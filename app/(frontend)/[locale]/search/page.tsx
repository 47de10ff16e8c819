import { unfiltered } from '@/lib/listPage'

import SearchPage, { generateMetadata as metadata } from './%5Ffilter/[query]/page'

/** The search page before a query, where the header's search link leads (lib/listPage). */
export const revalidate = 3600
export const generateMetadata = unfiltered(metadata)
export default unfiltered(SearchPage)
