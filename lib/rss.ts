export type RssItem = {
  title: string
  link: string
  description?: string | null
  pubDate: string
  guid: string
}
type Channel = {
  title: string
  link: string
  description: string
  language: string
  self: string
  items: RssItem[]
}

/**
 * Text for an XML element or attribute: the five markup characters as entities, and the control
 * characters XML 1.0 does not allow at all (one would make the whole feed unreadable) dropped.
 */
export function escapeXml(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** RSS 2.0 with an Atom self link; links must be absolute. */
export function rssFeed({ title, link, description, language, self, items }: Channel): string {
  const entries = items
    .map(
      (item) => `    <item>
      <title>${escapeXml(item.title)}</title>
      <link>${escapeXml(item.link)}</link>
      <guid isPermaLink="true">${escapeXml(item.guid)}</guid>
      <pubDate>${new Date(item.pubDate).toUTCString()}</pubDate>${
        item.description ? `\n      <description>${escapeXml(item.description)}</description>` : ''
      }
    </item>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(title)}</title>
    <link>${escapeXml(link)}</link>
    <description>${escapeXml(description)}</description>
    <language>${escapeXml(language)}</language>
    <atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>
${entries}
  </channel>
</rss>
`
}
