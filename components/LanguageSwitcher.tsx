'use client'

import { useParams, usePathname } from 'next/navigation'
import { useEffect, useRef } from 'react'

import { localeCookie, locales, type Locale } from '@/i18n/locales'
import { queryOfSegment } from '@/lib/filters/filterSegment'

type Props = { current: Locale; label: string }

/**
 * The same path and query in another locale: slugs are shared, so the visitor stays on the
 * document, and a filtered list stays filtered.
 */
function switchLocale(pathname: string, search: string, code: Locale): string {
  const rest = pathname.split('/').slice(2).join('/')
  return `/${code}${rest ? `/${rest}` : ''}${search ? `?${search}` : ''}`
}

/**
 * Remembers the choice for addresses without a language (`/`, `/events`). A document's plain GET
 * skips the proxy (proxy.ts), where next-intl would have set the cookie, so the switcher sets it;
 * without JavaScript the browser's language decides there instead.
 */
function rememberLocale(code: Locale) {
  const secure = window.location.protocol === 'https:' ? '; secure' : ''
  document.cookie = `${localeCookie.name}=${code}; path=/; max-age=${localeCookie.maxAge}; samesite=lax${secure}`
}

/**
 * A filtered list or a search is one cached page per query, whose `query` param is its canonical
 * query (lib/filters/filteredLists), so the links carry it even without JavaScript. Every other
 * page is rendered once for all visitors and has no query worth keeping; reading it there would
 * turn the page into client-side rendering.
 */
export function LanguageSwitcher(props: Props) {
  const pathname = usePathname() ?? `/${props.current}`
  const { query } = useParams<{ query?: string }>() ?? {}
  const [, locale, section] = pathname.split('/')
  if (query !== undefined) {
    return (
      <LanguageMenu
        {...props}
        pathname={`/${locale}/${section}`}
        search={queryOfSegment(query) ?? ''}
      />
    )
  }
  return <LanguageMenu {...props} pathname={pathname} search="" />
}

/**
 * A native disclosure, so it works before (or without) JavaScript; the script only adds closing
 * on Escape, on a click elsewhere and when the keyboard moves focus elsewhere. Each name is
 * written in its own direction, in a list aligned as the page is.
 */
function LanguageMenu({
  current,
  label,
  pathname,
  search,
}: Props & { pathname: string; search: string }) {
  const ref = useRef<HTMLDetailsElement>(null)

  useEffect(() => {
    const close = (event: Event) => {
      const details = ref.current
      if (!details?.open) return
      if (event instanceof KeyboardEvent && event.key !== 'Escape') return
      if (!(event instanceof KeyboardEvent) && details.contains(event.target as Node)) return
      details.open = false
      if (event instanceof KeyboardEvent) details.querySelector('summary')?.focus()
    }
    const events = ['keydown', 'click', 'focusin'] as const
    for (const name of events) document.addEventListener(name, close)
    return () => {
      for (const name of events) document.removeEventListener(name, close)
    }
  }, [])

  const currentInfo = locales.find((l) => l.code === current)
  return (
    <details ref={ref} className="group relative">
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-full px-2 text-sm sm:px-3 font-semibold text-white hover:bg-white/10 [&::-webkit-details-marker]:hidden">
        <svg
          viewBox="0 0 24 24"
          className="h-5 w-5"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          aria-hidden="true"
        >
          <path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z" />
        </svg>
        <span className="sr-only">{label}: </span>
        <span lang={currentInfo?.hreflang}>{currentInfo?.label}</span>
      </summary>
      <ul className="absolute end-0 z-40 mt-2 w-48 overflow-hidden rounded-xl bg-white py-1 text-ink shadow-xl ring-1 ring-black/10">
        {locales.map((l) => (
          <li key={l.code}>
            <a
              href={switchLocale(pathname, search, l.code)}
              hrefLang={l.hreflang}
              aria-current={l.code === current ? 'true' : undefined}
              onClick={() => rememberLocale(l.code)}
              className="menu-item"
            >
              <span lang={l.hreflang} dir={l.dir}>
                {l.label}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </details>
  )
}
