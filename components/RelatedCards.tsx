import type { ReactElement, ReactNode } from 'react'

import { CardGrid } from './CardGrid'
import { SectionHeading } from './SectionHeading'

type Props = {
  id: string
  title: string
  /** The cards, each with its own key. */
  cards: ReactElement[]
  columns?: 3 | 4
  className?: string
  /** A "see all" link, shown only when there are cards to see more of. */
  moreHref?: string
  moreLabel?: string
  /** What to say when there are no cards; without it the whole section is left out. */
  empty?: ReactNode
}

/** A titled grid of cards about the page's subject: events here, places nearby, similar events. */
export function RelatedCards({
  id,
  title,
  cards,
  columns,
  className,
  moreHref,
  moreLabel,
  empty,
}: Props) {
  if (cards.length === 0 && !empty) return null
  return (
    <section aria-labelledby={id} className={className}>
      <SectionHeading
        id={id}
        title={title}
        moreHref={cards.length ? moreHref : undefined}
        moreLabel={moreLabel}
      />
      {cards.length ? (
        <CardGrid columns={columns}>
          {cards.map((card) => (
            <li key={card.key}>{card}</li>
          ))}
        </CardGrid>
      ) : (
        empty
      )}
    </section>
  )
}
