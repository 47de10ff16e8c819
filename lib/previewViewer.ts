import type { User } from '@/payload-types'

import { draftMode, headers } from 'next/headers'

import { isStaffUser } from '@/access/roles'

import { getPayload } from './payload'

/**
 * The signed-in staff member previewing drafts, or null for everyone else. Draft mode alone is
 * not enough: its cookie outlives a sign-out, so the Payload session is checked on every render.
 * headers() is only read in draft mode, which keeps normal renders static and cacheable.
 */
export async function getPreviewViewer(): Promise<User | null> {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return null
  const payload = await getPayload()
  const { user } = await payload.auth({ headers: await headers() })
  return user && isStaffUser(user) ? (user as User) : null
}
