import { checkDatabase } from '@/lib/health'

import { outageJson } from './outageResponse'
import { requestLocale } from './requestLocale'

type Handler<R extends Request, A extends unknown[]> = (request: R, ...rest: A) => Promise<Response>

/**
 * Turns a route's failure (a 5xx answer or a thrown error) into a 503 with `Retry-After` when the
 * cause is an unreachable database, so clients, feed readers and the admin retry rather than
 * report a bug. Other failures pass unchanged.
 */
export function withOutageAnswer<R extends Request, A extends unknown[]>(
  handler: Handler<R, A>,
): Handler<R, A> {
  return async (request, ...rest) => {
    let response: Response
    try {
      response = await handler(request, ...rest)
    } catch (error) {
      if ((await checkDatabase(1000)).ok) throw error
      return outageJson(requestLocale(request))
    }
    if (response.status < 500 || (await checkDatabase(1000)).ok) return response
    return outageJson(requestLocale(request))
  }
}
