const linkSchemes = ['http:', 'https:', 'mailto:', 'tel:']
const webSchemes = ['http:', 'https:']

/**
 * A rich-text link target, or null: http(s), mailto and tel addresses, pages of this site and
 * anchors. Anything else (javascript:, data:, vbscript:, however cased or padded: the URL parser
 * drops whitespace and controls just as browsers do) is shown as plain text. `/\host` and
 * `/<tab>/host` are refused because browsers read them as `//host`, another site.
 */
export function safeHref(url: unknown): string | null {
  if (typeof url !== 'string') return null
  const bare = url.replace(/[\t\n\r]/g, '')
  if (/^\/(?![/\\])/.test(bare) || bare.startsWith('#')) return url
  try {
    return linkSchemes.includes(new URL(url).protocol) ? url : null
  } catch {
    return null
  }
}

/**
 * A web address field (website, ticket link) as a link target: an absolute http(s) URL in the
 * parser's own serialisation (quotes and angle brackets percent-encoded), or null. The fields
 * refuse anything else on save; this keeps older or imported values from becoming links.
 */
export function safeWebUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null
  try {
    const parsed = new URL(url)
    return webSchemes.includes(parsed.protocol) ? parsed.href : null
  } catch {
    return null
  }
}

/**
 * Whether `url` names a scheme outside `allowed`, as a browser would read it: controls and
 * whitespace dropped, any case. Unfinished values without a scheme (`www.example.com`) are not
 * script links; saving refuses only these, and publishing checks the rest.
 */
export function hasForeignScheme(url: unknown, allowed: 'link' | 'web'): boolean {
  if (typeof url !== 'string') return false
  const scheme = /^([a-z][a-z\d+.-]*:)/i.exec(url.replace(/[\u0000-\u0020]/g, ''))?.[1]
  return (
    scheme !== undefined &&
    !(allowed === 'link' ? linkSchemes : webSchemes).includes(scheme.toLowerCase())
  )
}
