import { unfiltered } from '@/lib/listPage'

import AttractionsPage, { generateMetadata as metadata } from './%5Ffilter/[query]/page'

/** The unfiltered attractions (lib/listPage: unfiltered). */
export const revalidate = 3600
export const generateMetadata = unfiltered(metadata)
export default unfiltered(AttractionsPage)
