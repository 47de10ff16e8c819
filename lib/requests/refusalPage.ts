import type { Locale } from '@/i18n/locales'

import { translator } from '@/i18n/translator'
import { standalonePage } from '@/lib/standalonePage'

import type { ActionPostProblem } from './actionPostProblem'

const status: Record<ActionPostProblem, number> = { tooLarge: 413, forbidden: 403, malformed: 400 }

/**
 * A request refused before any page renders, answered in the visitor's language: a form post
 * without JavaScript shows this page as it is.
 */
export function refusalPage(locale: Locale, problem: ActionPostProblem): Response {
  const t = translator(locale, 'requestErrors')
  return standalonePage({
    locale,
    status: status[problem],
    title: t(`${problem}.title`),
    text: t(`${problem}.text`),
    home: t('home'),
  })
}

/**
 * The 404 for an address Next cannot route at all (a broken %-escape, a segment too long to be a
 * name): answered here, since Next would fail decoding it even behind a rewrite.
 */
export function unroutablePage(locale: Locale): Response {
  const t = translator(locale, 'notFound')
  return standalonePage({
    locale,
    status: 404,
    title: t('title'),
    text: t('text'),
    home: t('home'),
  })
}
