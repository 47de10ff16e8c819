import type { Locale } from '@/i18n/locales'
import { maxQueryLength } from '@/lib/filters/searchFilters'
import type { SearchType } from '@/lib/search'
import { urls } from '@/lib/urls'

import { Icon } from './Icon'

type Props = {
  locale: Locale
  /** The input's id, for its label. */
  id: string
  label: string
  placeholder: string
  submit: string
  /** What was searched for, and the type of result the search is narrowed to. */
  query?: string
  type?: SearchType
  /** Over the home page's picture: a label for screen readers only, an icon button on phones. */
  compact?: boolean
}

/** The site search form: a GET to the search page, so it works without JavaScript. */
export function SearchBox({ locale, id, label, placeholder, submit, query, type, compact }: Props) {
  return (
    <form
      action={urls.search(locale)}
      method="get"
      role="search"
      className={compact ? 'mt-8 flex max-w-xl gap-2' : 'mt-8 flex max-w-2xl flex-wrap gap-2'}
    >
      <label htmlFor={id} className={compact ? 'sr-only' : 'w-full text-sm font-semibold'}>
        {label}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={query}
        maxLength={maxQueryLength}
        placeholder={placeholder}
        className="min-h-12 flex-1 rounded-full border-0 bg-white px-5 text-ink placeholder:text-stone"
      />
      {type && <input type="hidden" name="type" value={type} />}
      {compact ? (
        <button type="submit" className="button min-h-12 bg-chili px-5 hover:bg-[#8f1d17]">
          <Icon name="search" />
          <span className="sr-only sm:not-sr-only">{submit}</span>
        </button>
      ) : (
        <button type="submit" className="button min-h-12 bg-chili hover:bg-[#8f1d17]">
          {submit}
        </button>
      )}
    </form>
  )
}
