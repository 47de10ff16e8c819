import { OutgoingMessage, ServerResponse } from 'node:http'

import { afterEach, expect, it, vi } from 'vitest'

import { register } from '@/instrumentation'

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllEnvs()
})

it('makes the server send large pages as bytes from its start (lib/http)', async () => {
  vi.useFakeTimers() // register() also pokes the health route after a moment; not here
  vi.stubEnv('NEXT_RUNTIME', 'nodejs')
  expect(ServerResponse.prototype.end).toBe(OutgoingMessage.prototype.end)
  await register()
  expect(ServerResponse.prototype.end).not.toBe(OutgoingMessage.prototype.end)
})
