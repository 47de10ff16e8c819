type Handler<A extends unknown[]> = (request: Request, ...rest: A) => Promise<Response>

/**
 * Adds `Retry-After` to the REST API's 429 answers. The rate-limit hooks throw Payload errors,
 * which cannot set headers, so they put the seconds in the error's data and this copies them.
 */
export function withRetryAfter<A extends unknown[]>(handler: Handler<A>): Handler<A> {
  return async (request, ...rest) => {
    const response = await handler(request, ...rest)
    if (response.status !== 429 || response.headers.has('retry-after')) return response
    const body = (await response
      .clone()
      .json()
      .catch(() => null)) as { errors?: { data?: { retryAfterSeconds?: unknown } }[] } | null
    const seconds = body?.errors?.[0]?.data?.retryAfterSeconds
    if (typeof seconds !== 'number') return response
    const headers = new Headers(response.headers)
    headers.set('Retry-After', String(seconds))
    return new Response(response.body, { status: 429, statusText: response.statusText, headers })
  }
}
