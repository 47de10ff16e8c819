import { createServer, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { outageRetryAfter, reportDatabaseDown, reportDatabaseUp } from '@/lib/outage/databaseOutage'
import { serveFailuresAsUnavailable } from '@/lib/outage/serveFailuresAsUnavailable'

const answers: Record<string, (res: ServerResponse) => void> = {
  // As Next answers a failed render: the status set, the head written by the first write.
  '/failed-render': (res) => {
    res.statusCode = 500
    res.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate')
    res.end('<h1>Back in a moment</h1>')
  },
  '/explicit-head': (res) => {
    res.writeHead(500, 'Internal Server Error', { 'Content-Type': 'text/plain' })
    res.end('failed')
  },
  '/page': (res) => res.end('<h1>Cached page</h1>'),
  '/not-found': (res) => {
    res.statusCode = 404
    res.end('gone')
  },
}

const server = createServer((req, res) => answers[req.url!]!(res))
let origin = ''

beforeAll(async () => {
  serveFailuresAsUnavailable()
  serveFailuresAsUnavailable() // a second start must not wrap twice
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  reportDatabaseUp()
  await new Promise((resolve) => server.close(resolve))
})

describe('serveFailuresAsUnavailable', () => {
  it('answers a failure 503 with Retry-After, uncacheable, while the database is down', async () => {
    reportDatabaseDown()
    for (const path of ['/failed-render', '/explicit-head']) {
      const response = await fetch(origin + path)
      expect(response.status, path).toBe(503)
      expect(response.statusText, path).toBe('Service Unavailable')
      expect(response.headers.get('retry-after'), path).toBe(String(outageRetryAfter))
      expect(response.headers.get('cache-control'), path).toBe('no-store')
    }
    const body = await (await fetch(origin + '/failed-render')).text()
    expect(body).toBe('<h1>Back in a moment</h1>')
    expect((await fetch(origin + '/explicit-head')).headers.get('content-type')).toBe('text/plain')
  })

  it('leaves other answers alone while the database is down', async () => {
    reportDatabaseDown()
    const page = await fetch(origin + '/page')
    expect(page.status).toBe(200)
    expect(page.headers.get('retry-after')).toBeNull()
    expect((await fetch(origin + '/not-found')).status).toBe(404)
  })

  it('leaves a failure a 500 when the database is up: a fault is not an outage', async () => {
    reportDatabaseUp()
    const response = await fetch(origin + '/failed-render')
    expect(response.status).toBe(500)
    expect(response.headers.get('retry-after')).toBeNull()
  })
})
