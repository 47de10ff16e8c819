/**
 * This server as seen from inside itself. Internal calls (health poke at boot, revalidation from
 * jobs, the outage check) go over loopback rather than to SITE_URL, which may be a public name
 * behind a proxy that this host cannot resolve.
 */
export const selfOrigin = () => `http://127.0.0.1:${process.env.PORT || 3000}`
