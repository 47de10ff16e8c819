import { getImageProps } from 'next/image'

import type { Picture } from '@/lib/media'
import { trimSrcSet } from '@/lib/trimSrcSet'

type Props = {
  image: Picture
  sizes: string
  className?: string
  /** The largest image above the fold (the LCP element): fetched first, never lazy. */
  priority?: boolean
}

/**
 * One of Payload's sizes as the source, served resized and in modern formats by Next's image
 * optimizer. The same markup as next/image's <Image>, rendered on the server: <Image> is a client
 * component and would ship its code (~5 kB gzipped) to every page for no visible gain here.
 */
export function ResponsiveImage({ image, sizes, className, priority = false }: Props) {
  const { props: all } = getImageProps({
    src: image.src,
    width: image.width,
    height: image.height,
    alt: image.alt,
    sizes,
    className,
    priority,
  })
  const props = { ...all, ...trimSrcSet(all, image.width) }
  const img = (
    // eslint-disable-next-line @next/next/no-img-element -- the props are next/image's own
    <img {...props} alt={image.alt} fetchPriority={priority ? 'high' : undefined} data-nimg="1" />
  )
  // The LCP image asks for high priority itself, so the browser does not queue it behind scripts.
  // React hoists a preload hint for every eager image into the page's RSC payload too, and a page
  // that prefetched this one (a card's link in view) then downloaded its hero, shown or not; an
  // image inside <picture> gets no hint. That also drops the <link rel=preload> React would put
  // in this page's own head, on purpose: the <img> is early in the HTML and asks for high priority,
  // which is what Lighthouse's "LCP request discovery" checks (medians 96-99 with and without).
  // `contents`: the wrapper draws no box of its own.
  return priority ? <picture className="contents">{img}</picture> : img
}
