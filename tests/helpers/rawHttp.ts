import http from 'node:http'

import { baseUrl } from './browser'

export type Probe = {
  method?: string
  /** Sent byte for byte: fetch() would normalise `%2e%2e/` away before the server saw it. */
  path: string
  headers?: Record<string, string>
  body?: string | Buffer
  /** The statuses that are right for this probe; the sweep's general list when absent. */
  expect?: readonly number[]
}

export type Answer = {
  probe: Probe
  status: number
  headers: http.IncomingHttpHeaders
  body: string
}

/** Enough of a body to look for leaked stack traces without holding every page in memory. */
const keepBytes = 256 * 1024

const agent = new http.Agent({ keepAlive: true, maxSockets: 8 })

let sent = 0
/**
 * A different documentation address (198.18.0.0/15, RFC 2544) for every request, so the per-IP
 * limits of sign-in and the public forms never trip for the sweep or for the tests after it.
 */
export function nextClientAddress(): string {
  const n = sent++
  return `198.${18 + ((n >> 16) & 1)}.${(n >> 8) & 255}.${n & 255}`
}

/** One request with the raw path as given; status 0 when no answer came. */
export function send(probe: Probe, timeoutMs = 60_000): Promise<Answer> {
  const url = new URL(baseUrl())
  return new Promise((resolve) => {
    let settled = false
    const done = (answer: Omit<Answer, 'probe'>) => {
      if (settled) return
      settled = true
      resolve({ probe, ...answer })
    }
    const body = probe.body === undefined ? undefined : Buffer.from(probe.body)
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method: probe.method ?? 'GET',
        path: probe.path,
        headers: {
          'x-forwarded-for': nextClientAddress(),
          ...(body ? { 'content-length': String(body.length) } : {}),
          ...probe.headers,
        },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = []
        let kept = 0
        res.on('data', (chunk: Buffer) => {
          if (kept < keepBytes) chunks.push(chunk)
          kept += chunk.length
        })
        res.on('end', () =>
          done({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        )
        res.on('error', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: '' }))
      },
    )
    req.on('timeout', () => req.destroy(new Error('timeout')))
    req.on('error', (error: NodeJS.ErrnoException) => {
      // A kept-alive socket the server has since closed (it does after answering an over-limit
      // body early): the request never reached it, so send it again (Node's documented remedy).
      if (req.reusedSocket && error.code === 'ECONNRESET' && !settled) {
        settled = true
        resolve(send(probe, timeoutMs))
        return
      }
      done({ status: 0, headers: {}, body: String(error) })
    })
    req.end(body)
  })
}

/** Runs the probes a few at a time (the machine is small and shared). */
export async function sendAll(probes: Probe[], concurrency = 4): Promise<Answer[]> {
  const answers: Answer[] = new Array(probes.length)
  let next = 0
  const worker = async () => {
    while (next < probes.length) {
      const i = next++
      answers[i] = await send(probes[i])
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return answers
}
