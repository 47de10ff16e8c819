/** The running production build a bench script measures: `-- BASE_URL`, BASE_URL or port 3000. */
export function benchBase(arg = process.argv[2]): string {
  return (arg || process.env.BASE_URL || 'http://localhost:3000').replace(/\/$/, '')
}

/** Throws unless `status` is a success: the site under test is not answering as it should. */
export function expectOk(url: string, status: number): void {
  if (status < 200 || status > 299)
    throw new Error(`${url} answered ${status}; is a production build running there?`)
}

export async function fetchOk(url: string): Promise<Response> {
  const res = await fetch(url)
  expectOk(url, res.status)
  return res
}

/**
 * HTTPS on this machine (scripts/dev/nginx-in-front.sh with TLS_PORT) runs under a throwaway
 * self-signed certificate, which a bench trusts for such a base only.
 */
export function isLoopbackTls(base: string): boolean {
  const { protocol, hostname } = new URL(base)
  return protocol === 'https:' && ['localhost', '127.0.0.1', '[::1]'].includes(hostname)
}
