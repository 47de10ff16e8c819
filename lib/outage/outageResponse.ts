import { localeInfo, type Locale } from '@/i18n/locales'
import { translator } from '@/i18n/translator'
import { escapeXml } from '@/lib/rss'

/** Seconds a client should wait before retrying; the database usually restarts within this. */
export const outageRetryAfter = 30

const headers = (contentType: string) => ({
  'Content-Type': contentType,
  'Cache-Control': 'no-store',
  'Retry-After': String(outageRetryAfter),
})

/**
 * The visitor's 503 while the database is down: a page of its own, with no script and no data,
 * because the site's layout needs the database (navigation, settings) to render at all.
 */
export function outagePage(locale: Locale): Response {
  const t = translator(locale, 'outage')
  const { dir } = localeInfo(locale)
  const html = `<!doctype html>
<html lang="${locale}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeXml(t('title'))}</title>
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
<h1>${escapeXml(t('title'))}</h1>
<p>${escapeXml(t('text'))}</p>
<a href="/${locale}">${escapeXml(t('home'))}</a>
</main>
</body>
</html>
`
  return new Response(html, { status: 503, headers: headers('text/html; charset=utf-8') })
}

/** The API's 503, in Payload's error shape so admin and clients show the message. */
export function outageJson(locale: Locale): Response {
  const message = translator(locale, 'outage')('api')
  return new Response(JSON.stringify({ errors: [{ message }] }), {
    status: 503,
    headers: headers('application/json; charset=utf-8'),
  })
}
