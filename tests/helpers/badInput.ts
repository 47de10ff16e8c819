/**
 * The bad values the sweep sends, already percent-encoded where a browser would encode them, and
 * deliberately broken where it would not. Each list is small; the sweep multiplies them by every
 * route and parameter.
 */
const long = 'a'.repeat(5000)

/** In place of a path segment (a locale, a slug, an id, a file name). */
export const badSegments = [
  'no-such-thing',
  'xx',
  '..%2f..%2f..%2fetc%2fpasswd',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '%2e%2e',
  '..%5c..%5cwindows%5cwin.ini',
  '%252e%252e%252f',
  long,
  `${long}.html`,
  '%E0%A4%A',
  '%',
  '%zz',
  '%C0%AE%C0%AE',
  '%FF%FE',
  '%00',
  'a%00b',
  '%F0%9F%90%BC',
  '%E2%80%8Fslug',
  'Upper-Case',
  '-3',
  '0',
  '1e99',
  '1.5',
  '99999999999999999999',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  "'%20OR%201=1--",
]

/** As the value of a query parameter. */
export const badValues = [
  '',
  '-3',
  '0',
  '1e99',
  '1.5',
  'NaN',
  'Infinity',
  '99999999999999999999',
  '2026-13-45',
  '2026-02-30',
  '0000-00-00',
  'nonsense',
  long,
  '%00',
  'a%00b',
  '%F0%9F%90%BC',
  '%E2%80%8F%E2%80%AE',
  '%E0%A4%A',
  '%',
  '%FF',
  '%3Cscript%3E',
  "'%20OR%201=1--",
  '..%2F..%2Fetc%2Fpasswd',
  'null',
  'true',
  '%5B%5D',
  '%7B%7D',
]

/** The same parameter in shapes a form never sends: arrays, objects, repeats, no value. */
export const badShapes = (name: string): string[] => [
  `${name}[]=x`,
  `${name}[]=a&${name}[]=b`,
  `${name}[a][b]=x`,
  `${name}=a&${name}=b`,
  name,
  `${name}[${long}]=x`,
]

/** A few bad values at once, for routes that take no parameters at all. */
export const junkQueries = [
  'page=-3&limit=1e99',
  `q=${long}`,
  'x[]=1&x[a]=2',
  '%=%',
  '%E0%A4%A=%E0%A4%A',
  'a=%00',
]

/** Request bodies that are not what a JSON endpoint expects. */
export const badJsonBodies = [
  '',
  '{',
  '{"a":',
  'null',
  '[]',
  '"text"',
  '12',
  '{"__proto__":{"admin":true}}',
  JSON.stringify({ a: long.repeat(20) }),
  '\u0000\u0001',
]

/** Wrong types for every field of a public form: numbers, arrays, objects, nulls, huge strings. */
export const wrongTypes = (fields: string[]): Record<string, unknown>[] =>
  [123, -1, true, null, [], ['a', 'b'], {}, { $ne: '' }, long, '\u0000', '\u202e'].map((value) =>
    Object.fromEntries(fields.map((f) => [f, value])),
  )

/** Over any limit a public endpoint should accept (Payload uploads stop at 10 MB). */
export const oversizedBody = (): string => JSON.stringify({ body: 'x'.repeat(12 * 1024 * 1024) })
