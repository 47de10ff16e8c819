import { localeInfo, type Locale } from '@/i18n/locales'
import { translator } from '@/i18n/translator'

import type { ActionPostProblem } from './actionPostProblem'

const status: Record<ActionPostProblem, number> = { tooLarge: 413, forbidden: 403, malformed: 400 }

/**
 * A request refused before any page renders, answered in the visitor's language: a form post
 * without JavaScript shows this page as it is.
 */
export function refusalPage(locale: Locale, problem: ActionPostProblem): Response {
  const t = translator(locale, 'requestErrors')
  const { hreflang, dir } = localeInfo(locale)
  const html = `<!doctype html>
<html lang="${hreflang}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t(`${problem}.title`)}</title></head>
<body><main><h1>${t(`${problem}.title`)}</h1><p>${t(`${problem}.text`)}</p>
<p><a href="/${locale}">${t('home')}</a></p></main></body>
</html>`
  return new Response(html, {
    status: status[problem],
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  })
}
