import { translator } from '@/i18n/translator'
import { clientIp } from '@/lib/clientIp'
import { negotiateLocale } from '@/lib/negotiateLocale'
import { rateLimit } from '@/lib/rateLimit'
import { TooManyRequests } from '@/lib/tooManyRequests'

import type { OperationHookArgs } from './operationHook'

/** Anonymous submissions of a public form per IP and collection. */
export const publicFormLimit = { limit: 5, windowMs: 10 * 60 * 1000 }

export const publicFormKey = (collection: string, ip: string) => `form:${collection}:${ip}`

/**
 * The site's forms limit themselves before they call the Local API; this covers the same
 * collections when someone posts to the REST or GraphQL API directly, sharing the forms' budget.
 */
export function limitPublicCreate({ collection, operation, req }: OperationHookArgs): void {
  if (operation !== 'create' || req.user || req.payloadAPI === 'local') return
  const key = publicFormKey(collection.slug, clientIp(req.headers))
  const { ok, retryAfterSeconds } = rateLimit(key, publicFormLimit.limit, publicFormLimit.windowMs)
  if (!ok) {
    const locale =
      req.i18n?.language ?? negotiateLocale(undefined, req.headers.get('accept-language'))
    const minutes = Math.ceil(retryAfterSeconds / 60)
    throw new TooManyRequests(
      translator(locale, 'rateLimit')('form', { minutes }),
      retryAfterSeconds,
    )
  }
}
