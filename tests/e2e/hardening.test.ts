/**
 * Issue 7: the upload limit over HTTP, CSRF and CORS for the admin session, and the origin check
 * on the site's forms, against the production server.
 */
import fs from 'node:fs'

import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { mediaDir } from '@/collections/Media'

import { readActionForm } from '../helpers/actionCorpus'
import { baseUrl } from '../helpers/browser'
import { nextClientAddress, send } from '../helpers/rawHttp'
import { createMessage, signedIn, type Rest, type Session } from '../helpers/rest'

const evil = 'https://evil.example'
const stackTrace = /\n\s+at \S.*:\d+:\d+|node_modules\//

/** A real PNG of random pixels, stored uncompressed so its size is what was asked for. */
const noisePng = (side: number) =>
  sharp({
    create: {
      width: side,
      height: side,
      channels: 3,
      background: '#000',
      noise: { type: 'gaussian', mean: 128, sigma: 60 },
    },
  })
    .png({ compressionLevel: 0 })
    .toBuffer()

/**
 * A multipart upload as the admin sends it. Sent with the raw client: the server answers an
 * over-limit body before it has read all of it and closes the socket, which fetch() reports as
 * a network error instead of the answer.
 */
async function upload(session: Session, png: Buffer, alt: string) {
  const boundary = `----upload${Date.now()}`
  const part = (headers: string, content: Buffer | string) =>
    Buffer.concat([
      Buffer.from(`--${boundary}\r\n${headers}\r\n\r\n`),
      Buffer.from(content),
      Buffer.from('\r\n'),
    ])
  const body = Buffer.concat([
    part('Content-Disposition: form-data; name="_payload"', JSON.stringify({ alt })),
    part(
      `Content-Disposition: form-data; name="file"; filename="upload.png"\r\nContent-Type: image/png`,
      png,
    ),
    Buffer.from(`--${boundary}--\r\n`),
  ])
  return send({
    method: 'POST',
    path: '/api/media',
    headers: {
      authorization: `JWT ${session.token}`,
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    body,
  })
}

async function mediaCount(rest: Rest, alt?: string): Promise<number> {
  const where = alt ? `&where[alt][equals]=${encodeURIComponent(alt)}` : ''
  const res = await rest.call<{ totalDocs: number }>('GET', `/api/media?limit=1&depth=0${where}`)
  return res.body.totalDocs
}

describe('the upload size limit (10 MB), over HTTP', () => {
  let editor: Rest & Session
  beforeAll(async () => {
    editor = await signedIn('editor@example.com', nextClientAddress())
  })

  it("refuses an editor's 11 MB image with 413 and stores nothing", async () => {
    const png = await noisePng(1920)
    expect(png.length).toBeGreaterThan(10 * 1024 * 1024)
    const alt = `over the limit ${Date.now()}`
    const [docsBefore, filesBefore] = [await mediaCount(editor), fs.readdirSync(mediaDir).sort()]

    const { status, body } = await upload(editor, png, alt)
    expect(status).toBe(413)
    expect(body).not.toMatch(stackTrace)

    expect(await mediaCount(editor, alt)).toBe(0)
    expect(await mediaCount(editor)).toBe(docsBefore)
    expect(fs.readdirSync(mediaDir).sort()).toEqual(filesBefore)
  })

  it('stores the same request under the limit (and deletes it again)', async () => {
    const alt = `under the limit ${Date.now()}`
    const { status, body } = await upload(editor, await noisePng(64), alt)
    expect(status).toBe(201)
    const { doc } = JSON.parse(body) as { doc: { id: number; filename: string } }
    expect(fs.existsSync(`${mediaDir}/${doc.filename}`)).toBe(true)
    const removed = await editor.call('DELETE', `/api/media/${doc.id}`)
    expect(removed.status).toBe(200)
    expect(fs.existsSync(`${mediaDir}/${doc.filename}`)).toBe(false)
  })
})

describe('CSRF: the admin session cookie counts only from the site itself', () => {
  let editor: Rest & Session
  let messageId: number
  beforeAll(async () => {
    editor = await signedIn('editor@example.com', nextClientAddress())
    messageId = await createMessage(`CSRF probe ${Date.now()}`)
  })

  const markHandled = (headers: Record<string, string>) =>
    fetch(`${baseUrl()}/api/messages/${messageId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', cookie: editor.cookie, ...headers },
      body: JSON.stringify({ handled: true }),
    })

  const handled = async () => {
    const res = await editor.call<{ handled: boolean }>('GET', `/api/messages/${messageId}?depth=0`)
    return res.body.handled
  }

  it('refuses a cookie-authenticated PATCH from a foreign origin', async () => {
    const res = await markHandled({ origin: evil })
    expect([401, 403]).toContain(res.status)
    expect(await handled()).toBe(false)
  })

  it('refuses it from a browser that says it is cross-site, without an Origin', async () => {
    const res = await markHandled({ 'sec-fetch-site': 'cross-site' })
    expect([401, 403]).toContain(res.status)
    expect(await handled()).toBe(false)
  })

  it('accepts the same PATCH from the site’s own origin', async () => {
    const res = await markHandled({ origin: new URL(baseUrl()).origin })
    expect(res.status).toBe(200)
    expect(await handled()).toBe(true)
  })

  it('does not sign a foreign origin in with the cookie', async () => {
    const me = (origin: string) =>
      fetch(`${baseUrl()}/api/users/me`, { headers: { cookie: editor.cookie, origin } })
        .then((r) => r.json())
        .then((b) => (b as { user: { email: string } | null }).user?.email ?? null)
    expect(await me(evil)).toBeNull()
    expect(await me(new URL(baseUrl()).origin)).toBe('editor@example.com')
  })
})

describe('CORS: the API allows the site’s origin and no other', () => {
  const preflight = (origin: string) =>
    fetch(`${baseUrl()}/api/messages`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'PATCH',
        'access-control-request-headers': 'content-type',
      },
    })

  it('answers a preflight from the site with its origin and credentials', async () => {
    const site = new URL(baseUrl()).origin
    const res = await preflight(site)
    expect(res.headers.get('access-control-allow-origin')).toBe(site)
    expect(res.headers.get('access-control-allow-credentials')).toBe('true')
    expect(res.headers.get('access-control-allow-methods')).toContain('PATCH')
  })

  it('gives https://evil.example no allowance, on a preflight or a read', async () => {
    const res = await preflight(evil)
    expect(res.headers.get('access-control-allow-origin')).not.toBe(evil)
    expect(res.headers.get('access-control-allow-origin')).not.toBe('*')
    expect(res.headers.get('access-control-allow-credentials')).toBeNull()
    const read = await fetch(`${baseUrl()}/api/articles?limit=1`, { headers: { origin: evil } })
    expect(read.status).toBe(200)
    expect(read.headers.get('access-control-allow-origin')).not.toBe(evil)
  })
})

describe('the site’s forms (server actions) refuse other origins', () => {
  it('answers a contact post from a foreign origin with 403 in the visitor’s language', async () => {
    const form = await readActionForm('/zh/contact')
    const post = (origin: string) => {
      const body = new FormData()
      body.append('0', JSON.stringify([{ status: 'idle' }, '$K1']))
      body.append('1_locale', 'zh')
      body.append('1_email', 'not-an-address')
      return fetch(`${baseUrl()}/zh/contact`, {
        method: 'POST',
        headers: { origin, 'next-action': form.actionId, 'x-forwarded-for': nextClientAddress() },
        body,
      })
    }
    const foreign = await post(evil)
    expect(foreign.status).toBe(403)
    expect(await foreign.text()).toContain('请求被拒绝')
    // The same post from the site reaches the action, which answers with its validation errors.
    const own = await post(new URL(baseUrl()).origin)
    expect(own.status).toBe(200)
    expect(await own.text()).toContain('"status":"invalid"')
  })
})
