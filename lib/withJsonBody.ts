type Handler<A extends unknown[]> = (request: Request, ...rest: A) => Promise<Response>

/**
 * A JSON endpoint whose body does not parse answers 400. Payload's GraphQL handler reads the
 * body itself and answers a malformed one with an empty 500.
 */
export function withJsonBody<A extends unknown[]>(handler: Handler<A>): Handler<A> {
  return async (request, ...rest) => {
    if (/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) {
      try {
        JSON.parse(await request.clone().text())
      } catch {
        return Response.json(
          { errors: [{ message: 'The request body is not valid JSON.' }] },
          { status: 400 },
        )
      }
    }
    return handler(request, ...rest)
  }
}
