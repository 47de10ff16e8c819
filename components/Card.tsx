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
    <article className="card group">
      {image && (
        <div className="card-media">
          <ResponsiveImage
            image={image}
            sizes="(min-width: 1024px) 380px, (min-width: 640px) 50vw, 100vw"
            className="card-image"
          />
          {aside && <div className="absolute start-3 top-3">{aside}</div>}
        </div>
      )}
      <div className="card-body">
        {(eyebrow || badge) && (
          <div className="card-eyebrow">
            {eyebrow}
            {badge}
          </div>
        )}
        <Heading {...fallbackMark(titleLang)} className="card-title">
          <Link href={href} className="card-link">
            {title}
          </Link>
        </Heading>
        {summary && (
          <p {...fallbackMark(summaryLang)} className="line-clamp-3 text-stone">
            {summary}
          </p>
        )}
        {meta && <div className="card-meta">{meta}</div>}
      </div>
    </article>
  )
}
