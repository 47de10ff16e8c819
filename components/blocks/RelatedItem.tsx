import { getTranslations } from 'next-intl/server'
import Link from 'next/link'

import type { RelatedItemBlock } from '@/payload-types'

import type { Locale } from '@/i18n/locales'
import { docUrl } from '@/lib/urls'

import { Icon } from '../Icon'

/** A link card to another document, placed by the editor inside the text. */
export async function RelatedItem({
  item,
  locale,
}: {
  item: RelatedItemBlock['item']
  locale: Locale
}) {
  if (!item || typeof item.value !== 'object') return null
  const t = await getTranslations('search.types')
  const doc = item.value as { slug: string; title?: string; name?: string }
  return (
    <aside className="my-8">
      <Link
        href={docUrl(item.relationTo, doc.slug, locale)}
        className="flex min-h-11 items-center gap-4 rounded-xl bg-card p-4 no-underline ring-1 ring-mist hover:ring-river"
      >
        <span className="text-xs font-bold uppercase tracking-wide text-chili">
          {t(item.relationTo)}
        </span>
        <span className="flex-1 font-semibold text-ink">{doc.title ?? doc.name}</span>
        <Icon name="arrow" />
      </Link>
    </aside>
  )
}
