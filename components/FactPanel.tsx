import type { ReactNode } from 'react'

import { FactList, type Fact } from './FactList'

type Props = {
  facts: Fact[]
  /** The panel's heading and its id; a panel without one reads as part of the column. */
  heading?: { id: string; title: string }
  /** Actions under the facts (tickets, add to calendar). */
  children?: ReactNode
}

/** A detail page's practical information in a panel of its own in the side column. */
export function FactPanel({ facts, heading, children }: Props) {
  return (
    <section aria-labelledby={heading?.id} className="rounded-2xl bg-card p-5 ring-1 ring-mist">
      {heading && (
        <h2 id={heading.id} className="text-xl font-semibold">
          {heading.title}
        </h2>
      )}
      <FactList facts={facts} />
      {children}
    </section>
  )
}
