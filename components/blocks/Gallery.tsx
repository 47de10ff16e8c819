import { picture } from '@/lib/media'

import { ResponsiveImage } from '../ResponsiveImage'

export function Gallery({ images }: { images: unknown[] }) {
  const pictures = images.map((m) => picture(m, 'card')).filter((p) => p !== null)
  if (pictures.length === 0) return null
  return (
    <ul className="my-8 grid list-none grid-cols-2 gap-3 ps-0 sm:grid-cols-3">
      {pictures.map((image) => (
        <li key={image.src}>
          <ResponsiveImage
            image={image}
            sizes="(min-width: 768px) 220px, 50vw"
            className="aspect-[3/2] w-full rounded-lg object-cover"
          />
        </li>
      ))}
    </ul>
  )
}
