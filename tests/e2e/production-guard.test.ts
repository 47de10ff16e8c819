import { spawn } from 'node:child_process'

import { describe, expect, it } from 'vitest'

import { freePort } from '@/scripts/lib/embeddedPostgres'

/**
 * The int test proves the guard's rule; this proves the server obeys it. The e2e database holds
 * the demo accounts, so a production server on it without DEMO_MODE must stop, not serve once
 * Payload retries its failed init.
 */
describe('production guard in the running server', () => {
  it('stops a production server whose database has demo accounts', async () => {
    const port = await freePort()
    const child = spawn(
      'node_modules/.bin/next',
      ['start', '-p', String(port), '-H', '127.0.0.1'],
      {
        env: {
          ...process.env,
          NODE_ENV: 'production',
          DATABASE_URL: process.env.TEST_DATABASE_URL,
          PORT: String(port),
          SITE_URL: `http://127.0.0.1:${port}`,
          DEMO_MODE: '',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL')
        resolve(null)
      }, 60_000)
      child.once('exit', (c) => {
        clearTimeout(timer)
        resolve(c)
      })
    })
    expect(code, output).toBe(1)
    expect(output).toMatch(/Refusing to serve in production: \d+ demo account/)
  })
})
