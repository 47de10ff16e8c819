import { baseUrl } from './browser'
import { nextClientAddress } from './rawHttp'

export type Session = { token: string; cookie: string }

/** Signs in through REST from an address of its own, so no per-IP limit is touched. */
export async function restSignIn(email: string): Promise<Session> {
  const res = await fetch(`${baseUrl()}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': nextClientAddress() },
    body: JSON.stringify({ email, password: process.env.SEED_PASSWORD }),
  })
  if (res.status !== 200) throw new Error(`sign-in as ${email} answered ${res.status}`)
  const { token } = (await res.json()) as { token: string }
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('payload-token='))
  if (!cookie) throw new Error('sign-in set no payload-token cookie')
  return { token, cookie }
}

/** A visitor's message, stored as the contact form would: something staff may edit. */
export async function createMessage(subject: string): Promise<number> {
  const res = await fetch(`${baseUrl()}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': nextClientAddress() },
    body: JSON.stringify({
      name: 'Hardening test',
      email: 'visitor@test.example',
      subject,
      body: 'Is the cable car running today?',
    }),
  })
  if (res.status !== 201) throw new Error(`creating a message answered ${res.status}`)
  return ((await res.json()) as { doc: { id: number } }).doc.id
}
