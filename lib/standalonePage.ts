import { localeInfo, type Locale } from '@/i18n/locales'
import { escapeXml } from '@/lib/rss'

type Page = {
  locale: Locale
  status: number
  title: string
  text: string
  /** The label of the link back to the home page. */
  home: string
  headers?: Record<string, string>
}

/**
 * A whole HTML page with no script and no data, for answers given before (or instead of) a page
 * render: the proxy's refusals and the outage page. The site's layout needs the database, so
 * these cannot use it; the colours follow globals.css.
 */
export function standalonePage({ locale, status, title, text, home, headers }: Page): Response {
  const { hreflang, dir } = localeInfo(locale)
  const html = `<!doctype html>
<html lang="${hreflang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeXml(title)}</title>
<style>
body{margin:0;min-height:100vh;display:grid;place-items:center;background:#f6f3ec;color:#15212b;font:1.0625rem/1.6 system-ui,-apple-system,'Segoe UI','PingFang SC','Hiragino Sans','Noto Sans CJK SC','Noto Sans Arabic',sans-serif}
main{max-width:36rem;padding:2rem 1.25rem;border-block-start:4px solid #b3261e}
h1{font-size:clamp(1.75rem,5vw,2.5rem);line-height:1.2;margin:0 0 1rem}
a{display:inline-block;margin-block-start:1.5rem;padding:.75rem 1.25rem;background:#0b5563;color:#fff;border-radius:.5rem;text-decoration:none}
a:focus-visible{outline:3px solid #f2b134;outline-offset:2px}
</style>
</head>
<body>
<main>
<h1>${escapeXml(title)}</h1>
<p>${escapeXml(text)}</p>
<a href="/${locale}">${escapeXml(home)}</a>
</main>
</body>
</html>
`
  return new Response(html, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      ...headers,
    },
  })
}
