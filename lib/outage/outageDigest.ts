/**
 * The digest of a page render that failed because the database could not be reached. Next hands
 * an error's own digest to the error page, which then explains the outage rather than a fault.
 */
export const outageDigest = 'database-unavailable'
