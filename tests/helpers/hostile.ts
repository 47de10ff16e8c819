/**
 * Hostile content for the XSS sweep. Every payload that could run calls the page's trap,
 * `__xss(code)` (or `alert`), with a code naming the field it came from, so a failure says where
 * the hole is.
 */

/** Pieces in order of importance; short fields get the first ones that fit. */
const pieces = (code: string) => [
  `"><img src=x onerror=__xss('${code}')>`,
  `<script>__xss('${code}')</script>`,
  `</script><svg onload=console.log('xss-ran:${code}')>`,
  '{{7*7}}${7*7}',
  `'><iframe srcdoc="<script>parent.alert('${code}')</script>">`,
]

/** `lead` (searchable words) followed by as many hostile pieces as fit into `max` characters. */
export function hostileText(code: string, lead: string, max: number): string {
  let text = lead
  for (const piece of pieces(code)) {
    const next = text ? `${text} ${piece}` : piece
    if (next.length <= max) text = next
  }
  return text
}

/** Markup that must never reach a page unescaped: an element, not text. */
export const rawMarkup = [
  /<script>__xss/i,
  /<img src=x onerror/i,
  /<svg onload/i,
  /<iframe srcdoc/i,
]

/** The first piece as text on the page, and escaped in its HTML: proof it was shown, not dropped. */
export const shownMarkup = '"><img src=x onerror=__xss('
export const escapedMarkup = '&lt;img src=x onerror=__xss('

/**
 * Link targets that run script or leave the safe schemes, with the obfuscations browsers forgive:
 * mixed case, leading controls, tabs and newlines inside the scheme. Lexical's own check (on
 * publish only) refuses nothing but spaces.
 */
export const hostileLinkUrls = [
  "javascript:__xss('l1')",
  "JaVaScRiPt:__xss('l2')",
  "\tjavascript:__xss('l3')",
  "java\nscript:__xss('l4')",
  "\u0001javascript:__xss('l5')",
  "data:text/html,<script>__xss('l6')</script>",
  "vbscript:__xss('l7')",
]

/** The same for plain URL fields (website, ticket link), where a leading space is possible too. */
export const hostileWebUrls = [
  "javascript:__xss('w1')",
  "JaVaScRiPt:__xss('w2')",
  " javascript:__xss('w3')",
  "java\tscript:__xss('w4')",
  "data:text/html,<script>__xss('w5')</script>",
  "vbscript:__xss('w6')",
]

/** Links that must keep working, so a renderer that drops every link cannot pass. */
export const safeLinkUrls = ['https://example.com/safe-link', 'mailto:visitor@example.com']

const text = (value: string) => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: "background:url(javascript:__xss('st'))",
  version: 1,
})
const block = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})
const link = (url: string, label: string) =>
  block('link', [text(label)], { version: 3, fields: { linkType: 'custom', url, newTab: false } })

type RichTextOptions = {
  /** Link targets, labelled "bad link n" or "good link n" by whether they are safe. */
  links?: string[]
  mediaId?: number
  /** A heading whose tag is `script`, which Lexical's editor would build as that element. */
  scriptHeading?: boolean
}

/**
 * A Lexical document as a partner could post it through the API: hostile text and links (and
 * autolinks), optionally an uploaded image and a heading pretending to be a script element.
 */
export function hostileRichText(code: string, lead: string, options: RichTextOptions = {}) {
  const { links = safeLinkUrls, mediaId, scriptHeading = false } = options
  const bad = links.filter((url) => !safeLinkUrls.includes(url))
  const good = links.filter((url) => safeLinkUrls.includes(url))
  const linkNodes = [
    ...bad.map((url, i) => link(url, `${lead} bad link ${i + 1}`)),
    ...good.map((url, i) => link(url, `${lead} good link ${i + 1}`)),
  ]
  if (bad.length > 0)
    linkNodes.push(
      block('autolink', [text(bad[0])], {
        version: 2,
        fields: { linkType: 'custom', url: bad[0] },
      }),
    )
  const children: unknown[] = [
    block('paragraph', [text(hostileText(`${code}.p`, lead, 1000))], {
      textFormat: 0,
      textStyle: '',
    }),
    block('paragraph', linkNodes, { textFormat: 0, textStyle: '' }),
  ]
  if (scriptHeading)
    children.push(block('heading', [text(`__xss('${code}.h')`)], { tag: 'script' }))
  if (mediaId)
    children.push({
      type: 'upload',
      relationTo: 'media',
      value: mediaId,
      fields: null,
      format: '',
      version: 3,
    })
  return { root: block('root', children) }
}

/** Everything a partner can no longer save, as content saved before that (or imported) holds it. */
export const legacyRichText = (code: string, lead: string, mediaId?: number) =>
  hostileRichText(code, lead, {
    links: [...hostileLinkUrls, ...safeLinkUrls],
    mediaId,
    scriptHeading: true,
  })

/** Hostile markup or script links found in a served HTML or XML body. */
export function markupProblems(body: string): string[] {
  const problems = rawMarkup.filter((re) => re.test(body)).map((re) => `raw ${re.source}`)
  const scriptLink =
    /\s(?:href|src|action|formaction)=["']?\s*(?:javascript|vbscript|data:text\/html)/i
  if (scriptLink.test(body)) problems.push('a script URL in an attribute')
  return problems
}

/** String values anywhere in a JSON-LD object that are script or HTML URLs. */
export function scriptUrlsIn(value: unknown): string[] {
  if (typeof value === 'string')
    return /^[\u0000-\u0020]*(?:javascript|vbscript|data):/i.test(value) ? [value] : []
  if (value && typeof value === 'object') return Object.values(value).flatMap(scriptUrlsIn)
  return []
}

/** A client address of its own (198.18/15, for tests), so reruns never meet earlier rate limits. */
export const randomIp = () =>
  `198.18.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`
