import { notFound } from 'next/navigation'

import { notFoundMetadata } from '@/lib/notFoundMetadata'

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  return notFoundMetadata((await params).locale)
}

/** Any unknown path under a locale renders the localized not-found page with a 404. */
export default function CatchAll() {
  notFound()
}
