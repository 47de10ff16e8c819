import type { ReactNode } from 'react'

import { CardGrid } from './CardGrid'
import { EmptyState } from './EmptyState'
import { Pagination } from './Pagination'

type Props<T> = {
  /** What stands above the cards: the result count, with whatever a list adds beside it. */
  summary: ReactNode
  items: T[]
  card: (item: T) => ReactNode
  columns?: 3 | 4
  /** Shown instead of the cards when nothing matches. */
  empty: { title: string; hint?: string }
  page: number
  totalPages: number
  href: (page: number) => string
}

/** The result half of every filtered list: count, cards or the empty state, and paging. */
export function ListResults<T extends { slug: string }>({
  summary,
  items,
  card,
  columns,
  empty,
  page,
  totalPages,
  href,
}: Props<T>) {
  return (
    <>
      {summary}
      {items.length ? (
        <CardGrid columns={columns}>
          {items.map((item) => (
            <li key={item.slug}>{card(item)}</li>
          ))}
        </CardGrid>
      ) : (
        <EmptyState title={empty.title}>{empty.hint}</EmptyState>
      )}
      <Pagination page={page} totalPages={totalPages} href={href} />
    </>
  )
}
