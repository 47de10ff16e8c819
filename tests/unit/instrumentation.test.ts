import { OutgoingMessage, ServerResponse } from 'node:http'

import { afterEach, expect, it, vi } from 'vitest'

import { register } from '@/instrumentation'

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllEnvs()
})

it('patches the server at its start: large pages sent as bytes, outage failures as 503', async () => {
  vi.useFakeTimers() // register() also pokes the health route after a moment; not here
  vi.stubEnv('NEXT_RUNTIME', 'nodejs')
  expect(ServerResponse.prototype.end).toBe(OutgoingMessage.prototype.end)
  const writeHead = ServerResponse.prototype.writeHead
  await register()
  expect(ServerResponse.prototype.end).not.toBe(OutgoingMessage.prototype.end)
  expect(ServerResponse.prototype.writeHead).not.toBe(writeHead)
})
