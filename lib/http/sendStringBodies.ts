import { createHash } from 'node:crypto'
import { ServerResponse } from 'node:http'
import { gzip } from 'node:zlib'

const patched = Symbol.for('chongqing-portal.sendStringBodies')

/** Below this a string body costs microseconds either way. */
const largeBody = 16 * 1024

/** About one page of each kind in a language or two, a few megabytes at most. */
const remembered = 16

type Body = { bytes: Buffer; etag?: string; sends: number; gzipped?: Buffer; gzipping?: boolean }
const recent = new Map<string, Body>()

function largeBodyOf(text: string): Body {
  let body = recent.get(text)
  if (body) recent.delete(text)
  else {
    body = { bytes: Buffer.from(text, 'utf8'), sends: 0 }
    if (recent.size >= remembered) recent.delete(recent.keys().next().value!)
  }
  // Most recently sent last, so the first key is the one to forget.
  recent.set(text, body)
  return body
}

/**
 * Weak (`W/`), because one tag names the page plain and gzipped: a strong tag must differ with
 * the content coding (RFC 9110 §8.8.3), a weak one names what the page says. Revalidation compares
 * weakly, so browsers and nginx get their 304 all the same; nothing here answers a Range request.
 */
const hash = (data: string | Buffer) => `W/"${createHash('sha1').update(data).digest('base64url')}"`

const opaque = (tag: string) => tag.trim().replace(/^W\//, '')

/**
 * Gzips a text sent a second time, off the main thread (zlib's pool), for its later sends. Once is
 * a page a crawler passes by, not worth keeping.
 */
function gzipForLater(body: Body) {
  if (++body.sends < 2 || body.gzipping) return
  body.gzipping = true
  gzip(body.bytes, (error, gzipped) => {
    body.gzipping = false
    if (!error) body.gzipped = gzipped
  })
}

/** As Next's compression decides: a client that takes gzip, a text type, no `no-transform`. */
function wantsGzip(response: ServerResponse) {
  const accepted = response.req?.headers['accept-encoding'] ?? ''
  const takesGzip = accepted.split(',').some((coding) => {
    const [name = '', ...parameters] = coding.split(';').map((part) => part.trim())
    const q = parameters.find((parameter) => parameter.startsWith('q='))
    return /^(?:gzip|\*)$/i.test(name) && (!q || Number(q.slice(2)) > 0)
  })
  return (
    takesGzip &&
    !response.hasHeader('Content-Encoding') &&
    /^(?:text\/|application\/json)/.test(String(response.getHeader('Content-Type') ?? '')) &&
    !/no-transform/i.test(String(response.getHeader('Cache-Control') ?? ''))
  )
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
  return wanted.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag))
}

type End = (this: ServerResponse, ...args: unknown[]) => ServerResponse
const assigned = Symbol('end')
type ResponseWithEnd = ServerResponse & { [assigned]?: End }

/**
 * Makes `response.end(text)`, the way Next sends every cached page and its RSC payload, cost a map
 * lookup when the same text is sent again. Each send used to cost four passes over the text:
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
 * - **Gzip**, for every browser: Next's compression gzips the page afresh each time, ~2.4 ms of
 *   CPU for 100 kB, more than twice what the rest of the send costs. A text sent again is gzipped
 *   once, and its later sends to a client that takes gzip are those bytes, marked so that the
 *   compression passes them through.
 *
 * The last few large texts keep their bytes, tag and gzip: V8 hashes a string that long by its
 * length and compares the text only when the lengths match, so finding one costs well under a
 * microsecond. Small texts are tagged each time; they cost microseconds.
 *
 * Bodies in another encoding, Buffers, streams and non-GET requests are left as they are.
 */
export function sendStringBodies() {
  const proto = ServerResponse.prototype as ResponseWithEnd & { [patched]?: true }
  if (proto[patched]) return
  const end = proto.end as End

  /**
   * Before `send` writes the head: the text's tag, a 304 if the request already holds it, and
   * the text gzipped once when `send` compresses (it is Next's compression, see below).
   */
  const answering = (send: End, compresses: boolean): End =>
    function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
      if (
        typeof chunk !== 'string' ||
        !isUtf8(rest[0]) ||
        this.statusCode !== 200 ||
        this.req?.method !== 'GET' ||
        this.headersSent
      )
        return send.call(this, chunk, ...rest)
      const body = chunk.length >= largeBody ? largeBodyOf(chunk) : undefined
      let etag = this.getHeader('ETag') as string | undefined
      if (!etag)
        this.setHeader('ETag', (etag = body ? (body.etag ??= hash(body.bytes)) : hash(chunk)))
      if (isFresh(this.req, etag)) {
        this.statusCode = 304
        this.removeHeader('Content-Length')
        this.removeHeader('Content-Type')
        return send.call(this, null, ...rest)
      }
      if (body && compresses && wantsGzip(this)) {
        if (body.gzipped) {
          this.setHeader('Content-Encoding', 'gzip')
          this.setHeader('Content-Length', body.gzipped.length)
          return send.call(this, body.gzipped, ...rest)
        }
        gzipForLater(body)
      }
      return send.call(this, chunk, ...rest)
    }

  const sendWhole = answering(function (chunk, ...rest) {
    if (typeof chunk === 'string' && chunk.length >= largeBody && isUtf8(rest[0]))
      return end.call(this, largeBodyOf(chunk).bytes, ...rest)
    return end.call(this, chunk, ...rest)
  }, false)
  // Next's compression (next/dist/server/lib/router-server) replaces `end` on each response with
  // one that writes the head before it calls ours, too late for a tag; it passes through a body
  // already encoded. So whatever a response's `end` is replaced with is wrapped to answer first.
  Object.defineProperty(proto, 'end', {
    configurable: true,
    get(this: ResponseWithEnd) {
      return this[assigned] ?? sendWhole
    },
    set(this: ResponseWithEnd, replacement: End) {
      this[assigned] = answering(replacement, true)
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
