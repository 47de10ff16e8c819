import crypto from 'node:crypto'

import { revalidateTag } from 'next/cache'

import { revalidateToken } from '@/lib/revalidateToken'

/**
 * Clears cache tags on behalf of code that runs outside a request (scheduled publishing runs on
 * a timer, where Next refuses revalidateTag). Only this deployment knows the token.
 */
export async function POST(request: Request) {
  const given = Buffer.from(request.headers.get('x-revalidate-token') ?? '')
  const expected = Buffer.from(revalidateToken())
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
    return Response.json({ error: 'Forbidden' }, { status: 403 })
  }
  const body = (await request.json().catch(() => null)) as { tags?: unknown } | null
  const list = Array.isArray(body?.tags)
    ? body.tags.filter((t): t is string => typeof t === 'string')
    : []
  if (list.length === 0 || list.length > 50) {
    return Response.json({ error: 'Give 1 to 50 tags.' }, { status: 400 })
  }
  for (const tag of list) revalidateTag(tag, { expire: 0 })
  return Response.json({ revalidated: list })
}
