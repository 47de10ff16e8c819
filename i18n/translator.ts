import { createTranslator } from 'next-intl'

import ar from '@/messages/ar.json'
import de from '@/messages/de.json'
import en from '@/messages/en.json'
import es from '@/messages/es.json'
import fr from '@/messages/fr.json'
import ja from '@/messages/ja.json'
import ko from '@/messages/ko.json'
import ru from '@/messages/ru.json'
import zh from '@/messages/zh.json'

import { defaultLocale, isLocale, type Locale } from './locales'

type Messages = typeof en
const all: Record<Locale, Messages> = { en, zh, ja, ko, fr, de, es, ru, ar }

/** Namespaces read outside a page render: hooks, emails, API errors, the proxy. */
type ServerNamespace =
  'emails' | 'rateLimit' | 'partnerApply' | 'requestErrors' | 'outage' | 'notFound'

/**
 * A next-intl translator for code that runs outside a page render (Payload hooks, emails, API
 * errors), for any locale code; unknown codes get the default locale. Every locale has the same
 * keys (tests/unit/messages.test.ts), so there is nothing to fall back to per key.
 */
export function translator<N extends ServerNamespace>(
  locale: string | null | undefined,
  namespace: N,
) {
  const code: Locale = isLocale(locale) ? locale : defaultLocale
  return createTranslator({ locale: code, messages: all[code], namespace })
}
