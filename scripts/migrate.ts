/** `npm run migrate`: apply committed migrations to DATABASE_URL or the embedded database. */
import nextEnv from '@next/env'

import { demoSecret, openDatabase } from './lib/database'
import { migrate, withPayload } from './lib/withPayload'

nextEnv.loadEnvConfig(process.cwd())
const db = await openDatabase()
try {
  await withPayload(db.url, db.embedded ? demoSecret() : process.env.PAYLOAD_SECRET || '', migrate)
} finally {
  await db.stop()
}
process.exit(0)
