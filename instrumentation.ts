import { isDatabaseUnreachable, reportDatabaseDown } from './lib/outage/databaseOutage'
import { selfOrigin } from './lib/selfOrigin'

/**
 * Makes sending a page cheap (lib/http/sendStringBodies) and a page that failed for want of
 * the database a 503 (lib/outage/serveFailuresAsUnavailable); both patch Node's own HTTP, so they
 * are imported only here, on the server. Starts Payload as soon as the server listens, instead of
 * on the first visitor: its job runner (scheduled publishing) must run even when nobody browses.
 * Payload is not imported here: this file is bundled apart from the app routes, and a second copy
 * of Payload would not recognise the app's own errors. Asking our health route boots the app's
 * copy (lib/payload.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build')
    return
  const { sendStringBodies } = await import('./lib/http/sendStringBodies')
  sendStringBodies()
  const { serveFailuresAsUnavailable } = await import('./lib/outage/serveFailuresAsUnavailable')
  serveFailuresAsUnavailable()
  const url = `${selfOrigin()}/api/health`
  let attempts = 0
  const poke = () => {
    attempts += 1
    fetch(url).catch(() => attempts < 60 && setTimeout(poke, 1000))
  }
  setTimeout(poke, 500)
}

/** A page that failed for want of the database puts the proxy in its outage mode (lib/outage). */
export function onRequestError(error: unknown) {
  if (isDatabaseUnreachable(error)) reportDatabaseDown()
}
