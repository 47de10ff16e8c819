import type { NextRequest } from 'next/server'

import { isLocale, localeCookie, type Locale } from '@/i18n/locales'
import { negotiateLocale } from '@/lib/negotiateLocale'

/** The language to answer in: the URL's locale prefix, else the remembered or browser language. */
export function requestLocale(request: Request | NextRequest): Locale {
  const first = new URL(request.url).pathname.split('/')[1]
  if (isLocale(first)) return first
  const cookie = request.headers
    .get('cookie')
    ?.split(';')
    .map((pair) => pair.trim().split('='))
    .find(([name]) => name === localeCookie.name)?.[1]
  return negotiateLocale(cookie, request.headers.get('accept-language'))
}
