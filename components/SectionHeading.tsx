import Link from 'next/link'

import { Icon } from './Icon'

type Props = { id?: string; title: string; moreHref?: string; moreLabel?: string }

/** A section title with the stairway rule, and an optional "see all" link at the end. */
export function SectionHeading({ id, title, moreHref, moreLabel }: Props) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-3">
      <h2 id={id} className="steps-heading text-2xl font-semibold sm:text-3xl">
        {title}
      </h2>
      {moreHref && moreLabel && (
        <Link
          href={moreHref}
          className="link inline-flex min-h-11 items-center gap-1 font-semibold"
        >
          {moreLabel}
          <Icon name="arrow" className="h-4 w-4" />
        </Link>
      )}
    </div>
  )
}
