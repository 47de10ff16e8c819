import { useTranslations } from 'next-intl'

export function SkipLink() {
  const t = useTranslations('nav')
  return (
    <a
      href="#main"
      className="sr-only z-50 rounded-md bg-lantern px-4 py-3 font-semibold text-night focus:not-sr-only focus:fixed focus:start-3 focus:top-3"
    >
      {t('skipToContent')}
    </a>
  )
}
