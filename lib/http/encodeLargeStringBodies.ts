import { ServerResponse } from 'node:http'

const patched = Symbol.for('chongqing-portal.encodeLargeStringBodies')

/** Below this a string body costs microseconds either way. */
const largeBody = 16 * 1024

/** About one page of each kind in a language or two, a few megabytes at most. */
const remembered = 16
const encoded = new Map<string, Buffer>()

function utf8(text: string): Buffer {
  let bytes = encoded.get(text)
  if (bytes) encoded.delete(text)
  else {
    bytes = Buffer.from(text, 'utf8')
    if (encoded.size >= remembered) encoded.delete(encoded.keys().next().value!)
  }
  // Most recently sent last, so the first key is the one to forget.
  encoded.set(text, bytes)
  return bytes
}

const isUtf8 = (encoding: unknown) =>
  encoding === undefined ||
  typeof encoding === 'function' ||
  (typeof encoding === 'string' && /^utf-?8$/i.test(encoding))

/**
 * Makes `response.end(text)` send a large text as UTF-8 bytes encoded up front.
 *
 * Next sends every cached page as one string. Node writes a string to the socket through V8's
 * scalar UTF-8 encoder, and V8 holds a page as UTF-16 as soon as it has one character above
 * U+00FF: a Chinese, Russian or Arabic word, a curly quote, the language menu, `Intl`'s narrow
 * space in a time. Every page of this site has some. Measured here on an 80 kB page: ~1.2 ms of
 * server CPU per request sent as such a string, ~0.15 ms as `Buffer.from` (simdutf) and a
 * Buffer; a pure-ASCII page costs ~0.1 ms either way. nodejs/node#62248 would fix Node itself.
 *
 * A cached page is sent again and again as the same text, so the last few encodings are kept:
 * a repeat costs a map lookup (V8 hashes a long string by its length and compares the text only
 * when the lengths match), not a fresh encoding (~0.1 ms for 80 kB).
 *
 * Bodies in another encoding, small bodies and every other way of writing are left as they are.
 */
export function encodeLargeStringBodies() {
  const proto = ServerResponse.prototype as ServerResponse & { [patched]?: true }
  if (proto[patched]) return
  const end = proto.end as (this: ServerResponse, ...args: unknown[]) => ServerResponse
  proto.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    if (typeof chunk === 'string' && chunk.length >= largeBody && isUtf8(rest[0]))
      return end.call(this, utf8(chunk), ...rest)
    return end.call(this, chunk, ...rest)
  } as ServerResponse['end']
  proto[patched] = true
}
