import { notFound } from 'next/navigation'

export { notFoundPageMetadata as generateMetadata } from '@/lib/notFoundMetadata'

/** Any unknown path under a locale renders the localized not-found page with a 404. */
export default function CatchAll() {
  notFound()
}
