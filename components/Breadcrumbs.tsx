import { useTranslations } from 'next-intl'
import Link from 'next/link'

import { breadcrumbListLd } from '@/lib/jsonLd'
import { fallbackMark } from '@/lib/withFallback'

import { JsonLd } from './JsonLd'

export type Crumb = { name: string; href: string }

/**
 * The trail above a page title, and the same trail as schema.org BreadcrumbList. The last crumb
 * is the page's own title, marked like it when it fell back to English (`currentLang`).
 */
export function Breadcrumbs({ items, currentLang }: { items: Crumb[]; currentLang?: 'en' }) {
  const t = useTranslations('nav')
  return (
    <nav aria-label={t('breadcrumb')} className="text-sm">
      <JsonLd data={breadcrumbListLd(items)} />
      <ol className="flex flex-wrap items-center gap-x-2 text-white/80">
        {items.map((item, index) => {
          const last = index === items.length - 1
          return (
            <li key={item.href} className="flex items-center gap-2">
              {last ? (
                <span
                  aria-current="page"
                  {...fallbackMark(currentLang)}
                  className="line-clamp-1 text-white"
                >
                  {item.name}
                </span>
              ) : (
                <>
                  <Link
                    href={item.href}
                    className="inline-flex min-h-6 items-center underline-offset-4 hover:underline"
                  >
                    {item.name}
                  </Link>
                  <span aria-hidden="true" className="rtl:-scale-x-100">
                    ›
                  </span>
                </>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
