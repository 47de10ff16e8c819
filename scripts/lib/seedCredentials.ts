import { demoEmails } from '../../seed/demoAccounts'

import { keptSecret } from './dataDir'

/** Demo accounts share SEED_PASSWORD, or a password generated once and kept in `.data/`. */
export function seedCredentials() {
  return {
    emails: demoEmails,
    password: process.env.SEED_PASSWORD || keptSecret('seed-password', 12),
  }
}
