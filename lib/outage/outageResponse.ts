import type { Locale } from '@/i18n/locales'

import { translator } from '@/i18n/translator'
import { standalonePage } from '@/lib/standalonePage'

import { outageRetryAfter } from './databaseOutage'

/** The visitor's 503 while the database is down. */
export function outagePage(locale: Locale): Response {
  const t = translator(locale, 'outage')
  return standalonePage({
    locale,
    status: 503,
    title: t('title'),
    text: t('text'),
    home: t('home'),
    headers: { 'Retry-After': String(outageRetryAfter) },
  })
}

/** The API's 503, in Payload's error shape so admin and clients show the message. */
export function outageJson(locale: Locale): Response {
  const message = translator(locale, 'outage')('api')
  return Response.json(
    { errors: [{ message }] },
    {
      status: 503,
      headers: { 'Cache-Control': 'no-store', 'Retry-After': String(outageRetryAfter) },
    },
  )
}
