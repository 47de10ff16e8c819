import { createHash } from 'node:crypto'
import { ServerResponse } from 'node:http'

const patched = Symbol.for('chongqing-portal.sendStringBodies')

/** Below this a string body costs microseconds either way. */
const largeBody = 16 * 1024

/** About one page of each kind in a language or two, a few megabytes at most. */
const remembered = 16

type Body = { bytes: Buffer; etag?: string }
const recent = new Map<string, Body>()

function largeBodyOf(text: string): Body {
  let body = recent.get(text)
  if (body) recent.delete(text)
  else {
    body = { bytes: Buffer.from(text, 'utf8') }
    if (recent.size >= remembered) recent.delete(recent.keys().next().value!)
  }
  // Most recently sent last, so the first key is the one to forget.
  recent.set(text, body)
  return body
}

const hash = (data: string | Buffer) => `"${createHash('sha1').update(data).digest('base64url')}"`

/** A text's ETag: kept with its bytes when it is large, made afresh when it is small. */
function tagOf(text: string) {
  if (text.length < largeBody) return hash(text)
  const body = largeBodyOf(text)
  return (body.etag ??= hash(body.bytes))
}

const isUtf8 = (encoding: unknown) =>
  encoding === undefined ||
  typeof encoding === 'function' ||
  (typeof encoding === 'string' && /^utf-?8$/i.test(encoding))

/** If-None-Match names this tag, compared weakly as RFC 9110 §13.1.2 asks for a GET. */
function isFresh(request: ServerResponse['req'] | undefined, etag: string) {
  const wanted = request?.headers['if-none-match']
  if (!wanted || /(?:^|,)\s*no-cache\s*(?:,|$)/.test(request.headers['cache-control'] ?? ''))
    return false
  return wanted
    .split(',')
    .some((tag) => (tag = tag.trim()) === '*' || tag.replace(/^W\//, '') === etag)
}

type End = (this: ServerResponse, ...args: unknown[]) => ServerResponse
const assigned = Symbol('end')
type Response = ServerResponse & { [assigned]?: End }

/**
 * Makes `response.end(text)`, the way Next sends every cached page and its RSC payload, cost a map
 * lookup when the same text is sent again. Each send used to cost three passes over the text:
 *
 * - **Encoding.** Node writes a string to the socket through V8's scalar UTF-8 encoder, and V8
 *   holds a page as UTF-16 as soon as it has one character above U+00FF: a Chinese, Russian or
 *   Arabic word, a curly quote, `Intl`'s narrow space in a time. Every page of this site has some.
 *   On an 80 kB page: ~1.2 ms of CPU as such a string, ~0.15 ms through `Buffer.from` (simdutf).
 *   nodejs/node#62248 would fix Node itself.
 * - **Content-Length.** `Buffer.byteLength` walks a UTF-16 string in scalar code too: ~0.1 ms.
 * - **ETag.** Next hashes the whole text in JavaScript, character by character, on every send:
 *   ~0.3 ms on a 100 kB page, a sixth of what a cached page costs. `generateEtags: false`
 *   (next.config.mjs) turns that off; the tag is made here instead, once per text, and a request
 *   that already holds it gets a 304, as Next's own would.
 *
 * The last few large texts keep their bytes and tag: V8 hashes a string that long by its length
 * and compares the text only when the lengths match, so finding one costs well under a
 * microsecond. Small texts are tagged each time; they cost microseconds.
 *
 * Bodies in another encoding, Buffers, streams and non-GET requests are left as they are.
 */
export function sendStringBodies() {
  const proto = ServerResponse.prototype as Response & { [patched]?: true }
  if (proto[patched]) return
  const end = proto.end as End

  /** Before `send` writes the head: the text's tag, and a 304 if the request already holds it. */
  const tagging = (send: End): End =>
    function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
      if (
        typeof chunk === 'string' &&
        isUtf8(rest[0]) &&
        this.statusCode === 200 &&
        this.req?.method === 'GET' &&
        !this.headersSent
      ) {
        let etag = this.getHeader('ETag') as string | undefined
        if (!etag) this.setHeader('ETag', (etag = tagOf(chunk)))
        if (isFresh(this.req, etag)) {
          this.statusCode = 304
          this.removeHeader('Content-Length')
          this.removeHeader('Content-Type')
          return send.call(this, null, ...rest)
        }
      }
      return send.call(this, chunk, ...rest)
    }

  const sendWhole = tagging(function (chunk, ...rest) {
    if (typeof chunk === 'string' && chunk.length >= largeBody && isUtf8(rest[0]))
      return end.call(this, largeBodyOf(chunk).bytes, ...rest)
    return end.call(this, chunk, ...rest)
  })
  // Next's compression (next/dist/server/lib/router-server) replaces `end` on each response with
  // one that writes the head before it calls ours, too late for a tag. So whatever a response's
  // `end` is replaced with is wrapped to tag first.
  Object.defineProperty(proto, 'end', {
    configurable: true,
    get(this: Response) {
      return this[assigned] ?? sendWhole
    },
    set(this: Response, replacement: End) {
      this[assigned] = tagging(replacement)
    },
  })

  const byteLength = Buffer.byteLength
  Buffer.byteLength = function (value, encoding) {
    if (typeof value === 'string' && value.length >= largeBody && isUtf8(encoding)) {
      const known = recent.get(value)
      if (known) return known.bytes.length
    }
    return byteLength(value, encoding)
  } as typeof Buffer.byteLength
  proto[patched] = true
}
