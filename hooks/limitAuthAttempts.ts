import type { CollectionAfterLoginHook, PayloadRequest } from 'payload'

import { translator } from '@/i18n/translator'
import { clientIp } from '@/lib/clientIp'
import { negotiateLocale } from '@/lib/negotiateLocale'
import { rateLimit, refundRateLimit } from '@/lib/rateLimit'
import { TooManyRequests } from '@/lib/tooManyRequests'

import type { OperationHookArgs } from './operationHook'

/** Failed sign-ins per IP, like Strapi's default: 5 in 5 minutes. */
export const loginLimit = { limit: 5, windowMs: 5 * 60 * 1000 }
/** Password-reset emails per IP. */
export const resetLimit = { limit: 5, windowMs: 15 * 60 * 1000 }

const loginKey = (req: PayloadRequest) => `login:${clientIp(req.headers)}`

/** The message in the admin's language (Payload's i18n follows its cookie and Accept-Language). */
function tooMany(req: PayloadRequest, key: 'login' | 'passwordReset', retryAfterSeconds: number) {
  const locale =
    req.i18n?.language ?? negotiateLocale(undefined, req.headers.get('accept-language'))
  const minutes = Math.ceil(retryAfterSeconds / 60)
  const message = translator(locale, 'rateLimit')(key, { minutes })
  return new TooManyRequests(message, retryAfterSeconds)
}

/**
 * Per-IP limits on the REST and GraphQL sign-in and password-reset operations (the Local API is
 * trusted server code). Every sign-in attempt is counted before Payload checks the password and
 * successful ones are refunded after it, so only failures add up — and a burst of parallel
 * requests cannot slip through between the check and the count.
 */
export function limitAuthAttempts({ args, operation, req }: OperationHookArgs): void {
  if (req.payloadAPI === 'local') return
  if (operation === 'login') {
    const { ok, retryAfterSeconds } = rateLimit(
      loginKey(req),
      loginLimit.limit,
      loginLimit.windowMs,
    )
    if (!ok) throw tooMany(req, 'login', retryAfterSeconds)
  }
  // Server code asking for a token (partner invitations) sends no email and is not limited.
  if (operation === 'forgotPassword' && !(args as { disableEmail?: boolean }).disableEmail) {
    const key = `reset:${clientIp(req.headers)}`
    const { ok, retryAfterSeconds } = rateLimit(key, resetLimit.limit, resetLimit.windowMs)
    if (!ok) throw tooMany(req, 'passwordReset', retryAfterSeconds)
  }
}

export const refundSuccessfulLogin: CollectionAfterLoginHook = ({ req, user }) => {
  if (req.payloadAPI !== 'local') refundRateLimit(loginKey(req))
  return user
}
