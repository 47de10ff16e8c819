/** The running production build a bench script measures: `-- BASE_URL`, BASE_URL or port 3000. */
export function benchBase(arg = process.argv[2]): string {
  return (arg || process.env.BASE_URL || 'http://localhost:3000').replace(/\/$/, '')
}

export async function fetchOk(url: string): Promise<Response> {
  const res = await fetch(url)
  if (!res.ok)
    throw new Error(`${url} answered ${res.status}; is a production build running there?`)
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
