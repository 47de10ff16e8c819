import type { Where } from 'payload'

import { businessIdsOf } from './businessIdsOf'

type Owner = (NonNullable<Parameters<typeof businessIdsOf>[0]> & { id?: number | string }) | null

/**
 * What a partner owns, as a query: their businesses' events, their businesses' profiles, and the
 * media they uploaded. The access functions (access/own*) and the admin's partner lists
 * (lib/admin/partnerView) both read it, so what a partner may touch and what they are shown agree.
 */
export const partnerOwns = {
  events: (user: Owner): Where => ({ organizer: { in: businessIdsOf(user) } }),
  businesses: (user: Owner): Where => ({ id: { in: businessIdsOf(user) } }),
  media: (user: Owner): Where => ({ uploadedBy: { equals: user?.id ?? 0 } }),
}
