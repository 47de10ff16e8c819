import { createServer, OutgoingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { encodeLargeStringBodies } from '@/lib/http/encodeLargeStringBodies'

// What Node's own `end` receives, behind the wrapper (so spied on before it wraps).
const sent = vi.spyOn(OutgoingMessage.prototype, 'end')

// ASCII, a curly quote, Chinese, Arabic and an emoji (a surrogate pair), as on a portal page.
const page = '<p>Chongqing’s 重庆 مدينة 🏮</p>'.repeat(4000)
const small = 'Chongqing’s 重庆'
// The same length in characters and in bytes, one character different.
const edited = page.replace('重', '渝')

const answers: Record<string, (res: ServerResponse, done: () => void) => void> = {
  // As Next sends a cached page.
  '/page': (res) => {
    res.setHeader('Content-Length', Buffer.byteLength(page))
    res.end(page)
  },
  '/edited': (res) => res.end(edited),
  '/page-with-callback': (res, done) => res.end(page, 'utf8', done),
  '/small': (res) => res.end(small),
  '/latin1': (res) => res.end('é'.repeat(20_000), 'latin1'),
}

const calledBack: string[] = []
const server = createServer((req, res) => answers[req.url!]!(res, () => calledBack.push(req.url!)))
let origin = ''

beforeAll(async () => {
  encodeLargeStringBodies()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

async function fetchBytes(path: string) {
  sent.mockClear()
  const response = await fetch(origin + path)
  return { response, bytes: Buffer.from(await response.arrayBuffer()) }
}

describe('encodeLargeStringBodies', () => {
  it('sends a large page as its UTF-8 bytes, encoded before the socket sees it', async () => {
    const { response, bytes } = await fetchBytes('/page')
    expect(bytes.equals(Buffer.from(page, 'utf8'))).toBe(true)
    expect(Number(response.headers.get('content-length'))).toBe(bytes.length)
    expect(sent).toHaveBeenCalledTimes(1)
    expect(Buffer.isBuffer(sent.mock.calls[0]![0])).toBe(true)
  })

  it('encodes a page sent again only once, and an edited page afresh', async () => {
    await fetchBytes('/page')
    const first = sent.mock.calls[0]![0]
    await fetchBytes('/page')
    expect(sent.mock.calls[0]![0]).toBe(first)
    const { bytes } = await fetchBytes('/edited')
    expect(bytes.toString('utf8')).toBe(edited)
    expect(sent.mock.calls[0]![0]).not.toBe(first)
  })

  it('keeps the encoding argument and the callback', async () => {
    const { bytes } = await fetchBytes('/page-with-callback')
    expect(bytes.toString('utf8')).toBe(page)
    expect(Buffer.isBuffer(sent.mock.calls[0]![0])).toBe(true)
    expect(calledBack).toEqual(['/page-with-callback'])
  })

  it('leaves small bodies and other encodings as they were', async () => {
    expect((await fetchBytes('/small')).bytes.toString('utf8')).toBe(small)
    expect(sent.mock.calls[0]![0]).toBe(small)
    expect((await fetchBytes('/latin1')).bytes).toEqual(Buffer.alloc(20_000, 0xe9))
    expect(typeof sent.mock.calls[0]![0]).toBe('string')
  })

  it('wraps once however often it is called', () => {
    const wrapped = ServerResponse.prototype.end
    encodeLargeStringBodies()
    expect(ServerResponse.prototype.end).toBe(wrapped)
    expect(wrapped).not.toBe(OutgoingMessage.prototype.end)
  })
})
