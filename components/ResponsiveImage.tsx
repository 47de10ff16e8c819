import Image from 'next/image'

import type { Picture } from '@/lib/media'

type Props = {
  image: Picture
  sizes: string
  className?: string
  /** The largest image above the fold (the LCP element): fetched first, never lazy. */
  priority?: boolean
}

/** One of Payload's sizes as the source; next/image serves it resized and in modern formats. */
export function ResponsiveImage({ image, sizes, className, priority = false }: Props) {
  return (
    <Image
      src={image.src}
      width={image.width}
      height={image.height}
      alt={image.alt}
      sizes={sizes}
      className={className}
      priority={priority}
    />
  )
}
