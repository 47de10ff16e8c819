import { keptSecret } from './dataDir'

export const demoEmails = [
  'admin@example.com',
  'editor@example.com',
  'partner1@example.com',
  'partner2@example.com',
]

/** Demo accounts share SEED_PASSWORD, or a password generated once and kept in `.data/`. */
export function seedCredentials() {
  return {
    emails: demoEmails,
    password: process.env.SEED_PASSWORD || keptSecret('seed-password', 12),
  }
}
