import { slugPattern } from '@/lib/slugify'
import { isOneOf } from '@/lib/taxonomy'

/** What Next hands a page as `searchParams`. */
export type SearchParams = Record<string, string | string[] | undefined>

/** Longer values are not real filters (5,000-character strings are probes): ignore them. */
export const maxParamLength = 200
export const maxPage = 500

/** The first value of a parameter, trimmed; undefined when absent, empty or absurdly long. */
export function param(params: SearchParams, name: string): string | undefined {
  const raw = params[name]
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim()
  return value && value.length <= maxParamLength ? value : undefined
}

/** A positive page number; anything else (`-3`, `abc`, `1e9`) is page 1. */
export function pageParam(params: SearchParams): number {
  const value = param(params, 'page')
  if (!value || !/^\d{1,4}$/.test(value)) return 1
  const page = Number(value)
  return page >= 1 && page <= maxPage ? page : 1
}

export function oneOfParam<T extends string>(
  params: SearchParams,
  name: string,
  list: readonly T[],
): T | undefined {
  const value = param(params, name)
  return isOneOf(list, value) ? value : undefined
}

/** A slug-shaped value (district filters); whether it exists is checked against the data. */
export function slugParam(params: SearchParams, name: string): string | undefined {
  const value = param(params, name)
  return value && value.length <= 80 && slugPattern.test(value) ? value : undefined
}

export function flagParam(params: SearchParams, name: string): boolean {
  return ['1', 'true', 'on', 'yes'].includes(param(params, name) ?? '')
}
