import { createServer, type IncomingMessage, OutgoingMessage, ServerResponse } from 'node:http'
import { createRequire } from 'node:module'
import { gunzipSync } from 'node:zlib'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { sendStringBodies } from '@/lib/http/sendStringBodies'

// What Node's own `end` and `Buffer.byteLength` receive, behind the wrappers (so spied on before
// they wrap).
const sent = vi.spyOn(OutgoingMessage.prototype, 'end')
const measured = vi.spyOn(Buffer, 'byteLength')

// ASCII, a curly quote, Chinese, Arabic and an emoji (a surrogate pair), as on a portal page.
const page = '<p>Chongqing’s 重庆 مدينة 🏮</p>'.repeat(4000)
const small = 'Chongqing’s 重庆'
// The same length in characters and in bytes, one character different.
const edited = page.replace('重', '渝')
// Another page, for the gzip kept of a page sent again.
const popular = page.replace('🏮', '🌉')

const answers: Record<string, (res: ServerResponse, done: () => void) => void> = {
  // As Next sends a cached page: its length first, then the text.
  '/page': (res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.setHeader('Content-Length', Buffer.byteLength(page))
    res.end(page)
  },
  '/edited': (res) => res.end(edited),
  '/page-with-callback': (res, done) => res.end(page, 'utf8', done),
  '/small': (res) => res.end(small),
  '/latin1': (res) => res.end('é'.repeat(20_000), 'latin1'),
  '/missing': (res) => {
    res.statusCode = 404
    res.end(page)
  },
  '/compressed': (res) => {
    compress(res.req, res, () => {})
    answers['/page']!(res, () => {})
  },
  '/popular': (res) => {
    compress(res.req, res, () => {})
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.setHeader('Content-Length', Buffer.byteLength(popular))
    res.end(popular)
  },
  '/tagged': (res) => {
    res.setHeader('ETag', '"own"')
    res.end(page)
  },
}

// The compression Next puts on every response: it replaces `end` with one that writes the head
// before it sends.
const compression = createRequire(import.meta.url)('next/dist/compiled/compression') as () => (
  req: IncomingMessage,
  res: ServerResponse,
  next: () => void,
) => void
const compress = compression()

const calledBack: string[] = []
const server = createServer((req, res) => answers[req.url!]!(res, () => calledBack.push(req.url!)))
let origin = ''

beforeAll(async () => {
  sendStringBodies()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

/**
 * As a browser revalidates what it holds. (fetch() itself would add `Cache-Control: no-cache` to a
 * conditional request, which asks for the whole page.)
 */
const holding = (etag: string) => ({
  headers: { 'if-none-match': etag, 'cache-control': 'max-age=0' },
})

async function fetchBytes(path: string, init?: RequestInit) {
  sent.mockClear()
  measured.mockClear()
  const response = await fetch(origin + path, init)
  return { response, bytes: Buffer.from(await response.arrayBuffer()) }
}

describe('sendStringBodies', () => {
  it('sends a large page as its UTF-8 bytes, encoded before the socket sees it', async () => {
    const { response, bytes } = await fetchBytes('/page')
    expect(bytes.equals(Buffer.from(page, 'utf8'))).toBe(true)
    expect(Number(response.headers.get('content-length'))).toBe(bytes.length)
    expect(sent).toHaveBeenCalledTimes(1)
    expect(Buffer.isBuffer(sent.mock.calls[0]![0])).toBe(true)
  })

  it('encodes and measures a page sent again only once, and an edited page afresh', async () => {
    await fetchBytes('/page')
    const first = sent.mock.calls[0]![0]
    const { response } = await fetchBytes('/page')
    expect(sent.mock.calls[0]![0]).toBe(first)
    // Its Content-Length came from the bytes already encoded, not from walking the text again.
    expect(measured).not.toHaveBeenCalled()
    expect(Number(response.headers.get('content-length'))).toBe(Buffer.from(page).length)
    const { bytes } = await fetchBytes('/edited')
    expect(bytes.toString('utf8')).toBe(edited)
    expect(sent.mock.calls[0]![0]).not.toBe(first)
  })

  it('tags a page with an ETag of its bytes and answers a request holding it with 304', async () => {
    const { response } = await fetchBytes('/page')
    const etag = response.headers.get('etag')!
    expect(etag).toMatch(/^W\/"[\w-]{27}"$/)
    expect((await fetchBytes('/page')).response.headers.get('etag')).toBe(etag)
    expect((await fetchBytes('/edited')).response.headers.get('etag')).not.toBe(etag)

    for (const held of [etag, etag.slice(2), `"other", ${etag}`]) {
      const { response: again, bytes } = await fetchBytes('/page', holding(held))
      expect(again.status).toBe(304)
      expect(again.headers.get('etag')).toBe(etag)
      expect(again.headers.get('content-type')).toBeNull()
      expect(bytes.length).toBe(0)
    }
    const stale = await fetchBytes('/page', holding('"other"'))
    expect(stale.response.status).toBe(200)
    expect(stale.bytes.toString('utf8')).toBe(page)
    const reload = await fetchBytes('/page', {
      headers: { 'if-none-match': etag, 'cache-control': 'no-cache' },
    })
    expect(reload.response.status).toBe(200)
  })

  it('tags small pages too, but not failures, other methods or a tag the page chose', async () => {
    const { response, bytes } = await fetchBytes('/small')
    expect(bytes.toString('utf8')).toBe(small)
    expect(sent.mock.calls[0]![0]).toBe(small)
    const etag = response.headers.get('etag')!
    expect(etag).toMatch(/^W\/"[\w-]{27}"$/)
    expect((await fetchBytes('/small', holding(etag))).response.status).toBe(304)

    const missing = await fetchBytes('/missing')
    expect(missing.response.status).toBe(404)
    expect(missing.response.headers.get('etag')).toBeNull()
    expect((await fetchBytes('/page', { method: 'POST' })).response.headers.get('etag')).toBeNull()
    expect((await fetchBytes('/tagged')).response.headers.get('etag')).toBe('"own"')
    expect((await fetchBytes('/tagged', holding('"own"'))).response.status).toBe(304)
  })

  it('tags a page before compression writes its head, gzipped or not', async () => {
    const identity = { 'accept-encoding': 'identity' }
    const plain = await fetchBytes('/compressed', { headers: identity })
    const etag = plain.response.headers.get('etag')!
    expect(etag).toBe((await fetchBytes('/page')).response.headers.get('etag'))
    expect(plain.bytes.toString('utf8')).toBe(page)
    const held = holding(etag).headers
    const unchanged = await fetchBytes('/compressed', { headers: { ...held, ...identity } })
    expect(unchanged.response.status).toBe(304)
    expect(unchanged.bytes.length).toBe(0)

    const gzipped = await fetchBytes('/compressed', { headers: { 'accept-encoding': 'gzip' } })
    expect(gzipped.response.headers.get('content-encoding')).toBe('gzip')
    expect(gzipped.response.headers.get('etag')).toBe(etag)
    expect(gzipped.bytes.toString('utf8')).toBe(page) // fetch unzips it
    const again = await fetchBytes('/compressed', {
      headers: { ...held, 'accept-encoding': 'gzip' },
    })
    expect(again.response.status).toBe(304)
  })

  it('gzips a page sent again once, and sends those bytes to whoever takes gzip', async () => {
    const takesGzip = { headers: { 'accept-encoding': 'gzip, deflate, br' } }
    const firstSends = [
      await fetchBytes('/popular', takesGzip),
      await fetchBytes('/popular', takesGzip),
    ]
    // Compression streamed those, in pieces, with no body left for `end`.
    expect(firstSends.map(({ bytes }) => bytes.toString('utf8'))).toEqual([popular, popular])
    // zlib's pool gzips it meanwhile; a busy machine may take a while.
    const kept = await vi.waitFor(
      async () => {
        await fetchBytes('/popular', takesGzip)
        const body = sent.mock.calls[0]?.[0]
        if (!Buffer.isBuffer(body)) throw new Error('not gzipped yet')
        return body
      },
      { timeout: 15_000, interval: 20 },
    )
    expect(gunzipSync(kept).toString('utf8')).toBe(popular)

    const { response, bytes } = await fetchBytes('/popular', takesGzip)
    expect(sent.mock.calls[0]![0]).toBe(kept)
    expect(response.headers.get('content-encoding')).toBe('gzip')
    expect(Number(response.headers.get('content-length'))).toBe(kept.length)
    expect(response.headers.get('vary')).toMatch(/accept-encoding/i)
    expect(bytes.toString('utf8')).toBe(popular) // fetch unzips it

    for (const accepted of ['identity', 'gzip;q=0, identity']) {
      const plain = await fetchBytes('/popular', { headers: { 'accept-encoding': accepted } })
      expect(plain.response.headers.get('content-encoding'), accepted).toBeNull()
      expect(plain.bytes.equals(Buffer.from(popular)), accepted).toBe(true)
    }
  })

  it('keeps the encoding argument and the callback', async () => {
    const { bytes } = await fetchBytes('/page-with-callback')
    expect(bytes.toString('utf8')).toBe(page)
    expect(Buffer.isBuffer(sent.mock.calls[0]![0])).toBe(true)
    expect(calledBack).toEqual(['/page-with-callback'])
  })

  it('leaves other encodings as they were', async () => {
    expect((await fetchBytes('/latin1')).bytes).toEqual(Buffer.alloc(20_000, 0xe9))
    expect(typeof sent.mock.calls[0]![0]).toBe('string')
  })

  it('wraps once however often it is called', () => {
    const wrapped = ServerResponse.prototype.end
    const byteLength = Buffer.byteLength
    sendStringBodies()
    expect(ServerResponse.prototype.end).toBe(wrapped)
    expect(Buffer.byteLength).toBe(byteLength)
    expect(wrapped).not.toBe(OutgoingMessage.prototype.end)
  })
})
