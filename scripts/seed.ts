/** `npm run seed [-- --reset]`: demo content into DATABASE_URL or the embedded database. */
import nextEnv from '@next/env'

import { demoSecret, openDatabase } from './lib/database'
import { seedCredentials } from './lib/seedCredentials'
import { migrate, withPayload } from './lib/withPayload'

nextEnv.loadEnvConfig(process.cwd())
const reset = process.argv.includes('--reset')
const db = await openDatabase()
try {
  // Demo accounts only in demo mode, or outside production when SEED_PASSWORD asks for them.
  const password = db.embedded
    ? seedCredentials().password
    : process.env.NODE_ENV === 'production'
      ? undefined
      : process.env.SEED_PASSWORD
  await withPayload(
    db.url,
    db.embedded ? demoSecret() : process.env.PAYLOAD_SECRET || '',
    async (payload) => {
      await migrate(payload)
      const { seed } = await import('../seed/run')
      await seed(payload, { password, reset })
    },
  )
} finally {
  await db.stop()
}
process.exit(0)
