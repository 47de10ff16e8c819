import { createRateLimiter } from '../rateLimit'

/** Five messages per ten minutes from one address: plenty for a person, little for a script. */
export const messageLimiter = createRateLimiter({ limit: 5, windowMs: 10 * 60 * 1000 })
