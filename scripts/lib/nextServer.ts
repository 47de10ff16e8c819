import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export type NextServer = { url: string; stop: () => void }

/**
 * A production `next start` of this checkout's build on `port`, as the end-to-end tests
 * run it: demo mode (seeded accounts allowed), behind a trusted proxy (tests set
 * X-Forwarded-For), cookies over plain HTTP. Resolves once `/api/health` answers 200.
 */
export async function startNextServer(
  port: number,
  env: NodeJS.ProcessEnv,
  {
    stderr = 'inherit',
    logFile,
    timeoutMs = 60_000,
  }: {
    stderr?: 'inherit' | 'ignore'
    /** Where all of the server's output (stdout too, where Payload logs) is also written. */
    logFile?: string
    timeoutMs?: number
  } = {},
): Promise<NextServer> {
  const url = `http://127.0.0.1:${port}`
  // No `-H`: with a hostname other than the default, Next builds the proxy's request URL on
  // `localhost` but its router on that name, takes every rewrite (our localized 404s) for another
  // origin and proxies it over HTTP, which under load can fail with ECONNRESET (a 500).
  const child = spawn('node_modules/.bin/next', ['start', '-p', String(port)], {
    env: {
      ...env,
      NODE_ENV: 'production',
      SITE_URL: url,
      PORT: String(port),
      ALLOW_HTTP_COOKIES: '1',
      DEMO_MODE: '1',
      TRUST_PROXY: '1',
    },
    stdio: ['ignore', logFile ? 'pipe' : 'ignore', logFile ? 'pipe' : stderr],
    detached: true,
  })
  if (logFile) {
    fs.mkdirSync(path.dirname(logFile), { recursive: true })
    const file = fs.createWriteStream(logFile)
    child.stdout!.pipe(file, { end: false })
    child.stderr!.on('data', (chunk: Buffer) => {
      if (stderr === 'inherit') process.stderr.write(chunk)
      file.write(chunk)
    })
  }
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM')
    } catch {}
  }
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error('the server exited before it was ready')
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, stop }
    } catch {}
    await new Promise((r) => setTimeout(r, 250))
  }
  stop()
  throw new Error(`the server at ${url} was not healthy within ${timeoutMs / 1000} s`)
}
