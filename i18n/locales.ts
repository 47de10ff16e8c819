/**
 * The one list of locales: Payload, next-intl, the sitemap and the language switcher all read it.
 * `script` (ISO 15924) is how names are written in it: an A–Z of names only means something in
 * the Latin alphabet.
 */
export const locales = [
  { code: 'en', hreflang: 'en', label: 'English', dir: 'ltr', script: 'Latn' },
  { code: 'zh', hreflang: 'zh-Hans', label: '简体中文', dir: 'ltr', script: 'Hans' },
  { code: 'ja', hreflang: 'ja', label: '日本語', dir: 'ltr', script: 'Jpan' },
  { code: 'ko', hreflang: 'ko', label: '한국어', dir: 'ltr', script: 'Kore' },
  { code: 'fr', hreflang: 'fr', label: 'Français', dir: 'ltr', script: 'Latn' },
  { code: 'de', hreflang: 'de', label: 'Deutsch', dir: 'ltr', script: 'Latn' },
  { code: 'es', hreflang: 'es', label: 'Español', dir: 'ltr', script: 'Latn' },
  { code: 'ru', hreflang: 'ru', label: 'Русский', dir: 'ltr', script: 'Cyrl' },
  { code: 'ar', hreflang: 'ar', label: 'العربية', dir: 'rtl', script: 'Arab' },
] as const

export type LocaleInfo = (typeof locales)[number]
export type Locale = LocaleInfo['code']

export const defaultLocale: Locale = 'en'
export const localeCodes = locales.map((l) => l.code) as Locale[]

/** Remembers the language a visitor chose, for addresses without one (`/`, `/events`). */
export const localeCookie = { name: 'NEXT_LOCALE', maxAge: 60 * 60 * 24 * 365 }

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (localeCodes as string[]).includes(value)
}

export function localeInfo(code: Locale): LocaleInfo {
  return locales.find((l) => l.code === code) ?? locales[0]
}
