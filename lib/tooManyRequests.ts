import { APIError } from 'payload'

/**
 * A request a rate limit refused: 429, with the seconds to wait in its data (lib/retryAfter makes
 * them a Retry-After header). Named outright because the build renames classes: payload.config's
 * loggingLevels logs it by this name as one line, where an unnamed error is logged with its
 * stack, a few kilobytes of pretty-printed log per refused request, which in a burst of wrong
 * passwords cost the server more than refusing them.
 */
export class TooManyRequests extends APIError {
  constructor(message: string, retryAfterSeconds: number) {
    super(message, 429, { retryAfterSeconds }, true)
    this.name = 'TooManyRequests'
  }
}
