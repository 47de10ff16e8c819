import crypto from 'node:crypto'

/** Proves a revalidation request comes from this deployment: derived from PAYLOAD_SECRET. */
export function revalidateToken(secret = process.env.PAYLOAD_SECRET || ''): string {
  return crypto.createHmac('sha256', secret).update('revalidate-tags').digest('hex')
}
