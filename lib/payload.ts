import config from '@payload-config'
import { getPayload as getPayloadInstance } from 'payload'

/**
 * The Payload instance for server code in Next; cached by Payload per process. `cron: true`
 * starts the job runner (config.jobs.autoRun) on the first call, which instrumentation.ts makes
 * at server start.
 */
export const getPayload = () => getPayloadInstance({ config, cron: true })
