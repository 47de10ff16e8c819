import { baseUrl } from './browser'
import { nextClientAddress } from './rawHttp'

export type RestAnswer<T = Record<string, unknown>> = { status: number; body: T; headers: Headers }

/** Payload's REST API as one signed-in account (or anonymously), from one client address. */
export type Rest = {
  call: <T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => Promise<RestAnswer<T>>
  upload: (path: string, file: Blob, filename: string, data: unknown) => Promise<RestAnswer>
}

/**
 * Requests name their own client address (the e2e server trusts one proxy hop), so these calls
 * never spend the rate-limit budget of the other test files' addresses.
 */
function client(token: string | null, ip: string): Rest {
  const auth: Record<string, string> = token ? { authorization: `JWT ${token}` } : {}
  const base = { 'x-forwarded-for': ip, ...auth }
  return {
    async call(method, path, body, headers = {}) {
      const res = await fetch(`${baseUrl()}${path}`, {
        method,
        headers: {
          ...base,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      return { status: res.status, body: await res.json().catch(() => ({})), headers: res.headers }
    },
    async upload(path, file, filename, data) {
      const form = new FormData()
      form.append('file', file, filename)
      form.append('_payload', JSON.stringify(data))
      const res = await fetch(`${baseUrl()}${path}`, { method: 'POST', headers: base, body: form })
      return { status: res.status, body: await res.json().catch(() => ({})), headers: res.headers }
    },
  }
}

export const anonymous = (ip: string): Rest => client(null, ip)

/** What a sign-in gives, for requests made without the REST client (raw uploads, cookies). */
export type Session = { token: string; cookie: string }

/** Signs in through REST from `ip`: the account's REST client, with its token and cookie. */
export async function signedIn(
  email: string,
  ip: string,
  password = process.env.SEED_PASSWORD!,
): Promise<Rest & Session> {
  const res = await anonymous(ip).call<{ token?: string }>('POST', '/api/users/login', {
    email,
    password,
  })
  const token = res.body.token
  if (res.status !== 200 || !token) throw new Error(`sign-in of ${email} answered ${res.status}`)
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('payload-token='))
  if (!cookie) throw new Error('sign-in set no payload-token cookie')
  return { ...client(token, ip), token, cookie }
}

/** A visitor's message, stored as the contact form would: something staff may edit. */
export async function createMessage(subject: string): Promise<number> {
  const res = await anonymous(nextClientAddress()).call<{ doc: { id: number } }>(
    'POST',
    '/api/messages',
    {
      name: 'Hardening test',
      email: 'visitor@test.example',
      subject,
      body: 'Is the cable car running today?',
    },
  )
  if (res.status !== 201) throw new Error(`creating a message answered ${res.status}`)
  return res.body.doc.id
}
