import type { Payload } from 'payload'

import { demoEmails } from '@/seed/demoAccounts'

/**
 * A production server with the demo accounts (whose password was printed to a terminal) would be
 * an open door. `npm start` and the e2e server are demos and say so with DEMO_MODE.
 */
export class ProductionNotReady extends Error {}

export async function assertProductionReady(payload: Payload): Promise<void> {
  if (process.env.NODE_ENV !== 'production' || process.env.DEMO_MODE === '1') return
  const { totalDocs } = await payload.count({
    collection: 'users',
    where: { email: { in: demoEmails } },
  })
  if (totalDocs > 0) {
    throw new ProductionNotReady(
      `Refusing to serve in production: ${totalDocs} demo account(s) (${demoEmails.join(', ')}) exist. Delete them first.`,
    )
  }
}
