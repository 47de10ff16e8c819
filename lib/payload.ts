import config from '@payload-config'
import { getPayload as getPayloadInstance } from 'payload'

import { onPayloadInit } from './onPayloadInit'

/**
 * The Payload instance for server code in Next; cached by Payload per process. `cron: true`
 * starts the job runner (config.jobs.autoRun) on the first call, which instrumentation.ts makes
 * at server start. `onPayloadInit` is a no-op after the first call for an instance.
 */
export async function getPayload() {
  const payload = await getPayloadInstance({ config, cron: true })
  await onPayloadInit(payload)
  return payload
}
