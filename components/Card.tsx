import type { ReactNode } from 'react'
import Link from 'next/link'

import type { Picture } from '@/lib/media'
import { fallbackMark } from '@/lib/withFallback'

import { ResponsiveImage } from './ResponsiveImage'

export type CardProps = {
  href: string
  title: string
  image?: Picture | null
  eyebrow?: ReactNode
  summary?: string | null
  meta?: ReactNode
  badge?: ReactNode
  /** A dated card shows a calendar leaf in place of (or over) the image. */
  aside?: ReactNode
  headingLevel?: 'h2' | 'h3'
  /** `en` when the title or summary fell back to English (see lib/withFallback). */
  titleLang?: 'en'
  summaryLang?: 'en'
}

/**
 * The one card: the whole surface is the link's target (the title link stretches over it), so
 * phone users get a big target and screen readers hear a single link named by the title.
 */
export function Card({
  href,
  title,
  image,
  eyebrow,
  summary,
  meta,
  badge,
  aside,
  headingLevel = 'h3',
  titleLang,
  summaryLang,
}: CardProps) {
  const Heading = headingLevel
  return (
    <article className="group relative flex h-full flex-col overflow-hidden rounded-2xl bg-card shadow-sm ring-1 ring-mist transition hover:-translate-y-0.5 hover:shadow-md">
      {image && (
        <div className="relative aspect-[3/2] overflow-hidden bg-mist">
          <ResponsiveImage
            image={image}
            sizes="(min-width: 1024px) 380px, (min-width: 640px) 50vw, 100vw"
            className="h-full w-full object-cover transition duration-500 group-hover:scale-[1.03]"
          />
          {aside && <div className="absolute start-3 top-3">{aside}</div>}
        </div>
      )}
      <div className="flex flex-1 flex-col gap-2 p-5">
        {(eyebrow || badge) && (
          <div className="flex flex-wrap items-center gap-2 text-xs font-semibold uppercase tracking-wide text-chili">
            {eyebrow}
            {badge}
          </div>
        )}
        <Heading {...fallbackMark(titleLang)} className="text-xl font-semibold text-ink">
          <Link
            href={href}
            className="after:absolute after:inset-0 after:content-[''] focus-visible:outline-none group-focus-within:underline"
          >
            {title}
          </Link>
        </Heading>
        {summary && (
          <p {...fallbackMark(summaryLang)} className="line-clamp-3 text-stone">
            {summary}
          </p>
        )}
        {meta && (
          <div className="mt-auto flex flex-wrap gap-x-4 gap-y-1 pt-2 text-sm text-stone">
            {meta}
          </div>
        )}
      </div>
    </article>
  )
}
