import { unfiltered } from '@/lib/listPage'

import NewsPage, { generateMetadata as metadata } from './%5Ffilter/[query]/page'

/** The unfiltered news (lib/listPage: unfiltered). */
export const revalidate = 3600
export const generateMetadata = unfiltered(metadata)
export default unfiltered(NewsPage)
