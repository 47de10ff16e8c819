import { safeWebUrl } from '@/lib/safeUrl'

/**
 * A website field as a link labelled without its scheme, or null (so a fact list leaves the row
 * out) when the value is not an http(s) address, e.g. one saved before such values were refused.
 */
export function websiteLink(url: string | null | undefined) {
  const href = safeWebUrl(url)
  if (!href || !url) return null
  return (
    <a href={href} className="link break-all" rel="noopener noreferrer">
      {url.replace(/^https?:\/\//, '')}
    </a>
  )
}
