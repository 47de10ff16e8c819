import { picture } from '@/lib/media'

import { ResponsiveImage } from '../ResponsiveImage'

/** An image placed in rich text, with its caption and credit. */
export function ImageFigure({ media, caption }: { media: unknown; caption?: string | null }) {
  const image = picture(media, 'hero')
  if (!image) return null
  const credit =
    media && typeof media === 'object' ? (media as { credit?: string | null }).credit : null
  return (
    <figure className="my-8">
      <ResponsiveImage
        image={image}
        sizes="(min-width: 768px) 672px, 100vw"
        className="w-full rounded-xl"
      />
      {(caption || credit) && (
        <figcaption className="mt-2 text-sm text-stone">
          {caption}
          {credit && <span className="ms-2 text-xs">© {credit}</span>}
        </figcaption>
      )}
    </figure>
  )
}
