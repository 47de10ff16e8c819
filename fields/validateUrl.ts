/** Only absolute http(s) links: anything else (javascript:, data:, relative) is refused. */
export function validateUrl(value: unknown): true | string {
  if (value == null || value === '') return true
  if (typeof value !== 'string' || value.length > 500)
    return 'Enter a web address of at most 500 characters.'
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
      ? true
      : 'Enter a web address starting with https:// or http://'
  } catch {
    return 'Enter a full web address, e.g. https://example.com'
  }
}
