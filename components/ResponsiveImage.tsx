import { getImageProps } from 'next/image'
import { preload } from 'react-dom'

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
  // What <Image priority> does, and more: a preload hint in the head so the LCP image starts at
  // once, and high fetch priority on both, so the browser does not queue it behind scripts.
  if (priority)
    preload(props.src, {
      as: 'image',
      imageSrcSet: props.srcSet,
      imageSizes: props.sizes,
      fetchPriority: 'high',
    })
  return (
    // eslint-disable-next-line @next/next/no-img-element -- the props are next/image's own
    <img {...props} alt={image.alt} fetchPriority={priority ? 'high' : undefined} data-nimg="1" />
  )
}
