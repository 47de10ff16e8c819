import { APIError } from 'payload'

/**
 * A request a rate limit refused: 429, with the seconds to wait in its data (lib/retryAfter makes
 * them a Retry-After header). Logged as one line, as every 4xx is (lib/payloadLogger): in a burst
 * of wrong passwords, a stack per refusal cost the server more than refusing them.
 */
export class TooManyRequests extends APIError {
  constructor(message: string, retryAfterSeconds: number) {
    super(message, 429, { retryAfterSeconds }, true)
  }
}
