import type { Media } from '@/payload-types'

export type ImageSize = 'thumbnail' | 'card' | 'hero' | 'og'
export type Picture = { src: string; width: number; height: number; alt: string }

/** A populated upload, or nothing (an id means the relation was not populated). */
export function asMedia(value: unknown): Media | null {
  return value && typeof value === 'object' && 'url' in value ? (value as Media) : null
}

/**
 * Payload makes file URLs absolute when serverURL is set; the site serves them itself, so the
 * path is what next/image (local patterns) and the page need.
 */
function localPath(src: string): string {
  if (!/^https?:\/\//.test(src)) return src
  const url = new URL(src)
  return url.pathname.startsWith('/api/media/') ? url.pathname + url.search : src
}

/** One of Payload's generated sizes, falling back to the original when that size is missing. */
export function picture(value: unknown, size: ImageSize): Picture | null {
  const media = asMedia(value)
  if (!media) return null
  const variant = media.sizes?.[size]
  const src = variant?.url || media.url
  const width = variant?.width || media.width
  const height = variant?.height || media.height
  if (!src || !width || !height) return null
  return { src: localPath(src), width, height, alt: media.alt ?? '' }
}
