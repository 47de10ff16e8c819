import type { ReactNode } from 'react'
import { useTranslations } from 'next-intl'
import Link from 'next/link'

type Props = {
  action: string
  resetHref: string
  children: ReactNode
  hidden?: Record<string, string | undefined>
}

/**
 * Filters are a plain GET form: they work without JavaScript, land in the URL (shareable, the
 * back button works) and every field has a visible label. After Back the fields show the filters
 * of the list below them: the browser does not put back what was chosen before the submit
 * (`autoComplete="off"`).
 */
export function FilterForm({ action, resetHref, children, hidden = {} }: Props) {
  const t = useTranslations('filters')
  return (
    <form
      autoComplete="off"
      action={action}
      method="get"
      role="search"
      aria-label={t('label')}
      className="rounded-2xl bg-card p-4 shadow-sm ring-1 ring-mist sm:p-5"
    >
      {Object.entries(hidden).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">{children}</div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button type="submit" className="button">
          {t('apply')}
        </button>
        <Link href={resetHref} className="link inline-flex min-h-11 items-center">
          {t('reset')}
        </Link>
      </div>
    </form>
  )
}
