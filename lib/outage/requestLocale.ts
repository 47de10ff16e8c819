import type { NextRequest } from 'next/server'

import { isLocale, type Locale } from '@/i18n/locales'
import { negotiateLocale } from '@/lib/negotiateLocale'

/** The language to answer in: the URL's locale prefix, else the remembered or browser language. */
export function requestLocale(request: Request | NextRequest): Locale {
  const first = new URL(request.url).pathname.split('/')[1]
  if (isLocale(first)) return first
  const cookie = /(?:^|;\s*)NEXT_LOCALE=([^;]+)/.exec(request.headers.get('cookie') ?? '')?.[1]
  return negotiateLocale(cookie, request.headers.get('accept-language'))
}
