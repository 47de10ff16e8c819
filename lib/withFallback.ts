/**
 * Payload fills a field missing in the visitor's locale from English. To tell the visitor (and
 * mark that block `lang="en"`), compare the document as served with the same document read with
 * `fallbackLocale: false`: a field that is empty there but filled here fell back.
 */
export type WithFallback<T> = { doc: T; fallback: string[] }

/** A list's document (or one it names) with the fields that fell back, from markFallback. */
export type Marked<T> = T & { fallback?: string[] }

function valueAt(source: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
      source,
    )
}

/** Empty means nothing a reader would see: no value, blank text, or rich text without text. */
export function isEmptyValue(value: unknown): boolean {
  if (value == null) return true
  if (typeof value === 'string') return value.trim() === ''
  if (Array.isArray(value)) return value.length === 0
  if (typeof value === 'object' && 'root' in value) {
    const root = (value as { root?: { children?: unknown[] } }).root
    return !root?.children?.length
  }
  return false
}

export function withFallback<T>(doc: T, own: unknown, paths: readonly string[]): WithFallback<T> {
  const fallback = paths.filter(
    (path) => isEmptyValue(valueAt(own, path)) && !isEmptyValue(valueAt(doc, path)),
  )
  return { doc, fallback }
}

/** withFallback for every document of a list, each compared with its own-locale read by id. */
export function withListFallback<T extends { id: number | string }>(
  docs: T[],
  own: { id: number | string }[],
  paths: readonly string[],
): (T & { fallback: string[] })[] {
  const ownById = new Map(own.map((doc) => [doc.id, doc]))
  return docs.map((doc) => ({
    ...doc,
    fallback: withFallback(doc, ownById.get(doc.id), paths).fallback,
  }))
}

/** `en` for a block that fell back to English, so it is read (and hyphenated) as English. */
export function fallbackLang(result: { fallback?: string[] }, path: string): 'en' | undefined {
  return result.fallback?.includes(path) ? 'en' : undefined
}

/**
 * The attributes of text that fell back to English (`fallbackLang`): its language, and its
 * direction, so that on an Arabic page it runs left to right with its punctuation in place.
 */
export function fallbackMark(lang: 'en' | undefined): { lang?: 'en'; dir?: 'ltr' } {
  return lang ? { lang, dir: 'ltr' } : {}
}
