import type { Payload } from 'payload'

import config from '@payload-config'
import { getPayload } from 'payload'

/** One Payload per test file (files run one at a time against the run's database). */
export function testPayload(): Promise<Payload> {
  return getPayload({ config })
}
