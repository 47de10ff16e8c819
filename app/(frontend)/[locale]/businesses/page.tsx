import { unfiltered } from '@/lib/listPage'

import BusinessesPage, { generateMetadata as metadata } from './%5Ffilter/[query]/page'

/** The unfiltered business directory (lib/listPage: unfiltered). */
export const revalidate = 3600
export const generateMetadata = unfiltered(metadata)
export default unfiltered(BusinessesPage)
