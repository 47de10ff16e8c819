import { useTranslations } from 'next-intl'
import Link from 'next/link'

import { Icon } from './Icon'

type Props = { page: number; totalPages: number; href: (page: number) => string }

/** Numbered pages around the current one; plain links, so filters stay in the URL. */
export function Pagination({ page, totalPages, href }: Props) {
  const t = useTranslations('pagination')
  if (totalPages <= 1) return null
  const first = Math.max(1, Math.min(page - 2, totalPages - 4))
  const pages = Array.from({ length: Math.min(5, totalPages) }, (_, i) => first + i)
  const item =
    'inline-flex min-h-11 min-w-11 items-center justify-center gap-1 rounded-full px-3 font-semibold'
  return (
    <nav aria-label={t('label')} className="mt-10">
      <ul className="flex flex-wrap items-center justify-center gap-2">
        {page > 1 && (
          <li>
            <Link
              href={href(page - 1)}
              rel="prev"
              className={`${item} ring-1 ring-mist hover:ring-river`}
            >
              <Icon name="arrow" className="h-4 w-4 rotate-180" />
              {t('previous')}
            </Link>
          </li>
        )}
        {pages.map((p) => (
          <li key={p}>
            <Link
              href={href(p)}
              aria-current={p === page ? 'page' : undefined}
              aria-label={t('page', { page: p })}
              className={`${item} ${p === page ? 'bg-river text-white' : 'ring-1 ring-mist hover:ring-river'}`}
            >
              {p}
            </Link>
          </li>
        ))}
        {page < totalPages && (
          <li>
            <Link
              href={href(page + 1)}
              rel="next"
              className={`${item} ring-1 ring-mist hover:ring-river`}
            >
              {t('next')}
              <Icon name="arrow" className="h-4 w-4" />
            </Link>
          </li>
        )}
      </ul>
    </nav>
  )
}
