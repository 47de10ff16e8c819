import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'

/** The visitor's language from the remembered cookie, else the browser's Accept-Language. */
export function negotiateLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(cookie)) return cookie
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, q] = part.trim().split(';q=')
      return { base: tag.toLowerCase().split('-')[0], q: q ? Number(q) : 1 }
    })
    .filter((x) => x.base && !Number.isNaN(x.q))
    .sort((a, b) => b.q - a.q)
  return wanted.map((w) => w.base).find(isLocale) ?? defaultLocale
}
