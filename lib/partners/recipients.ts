import type { PayloadRequest } from 'payload'

import { defaultLocale } from '@/i18n/locales'

export type Recipient = { email: string; name?: string | null; language?: string | null }

/** The partner accounts of a business, each with their preferred language. */
export async function partnersOf(req: PayloadRequest, businessId: number): Promise<Recipient[]> {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { and: [{ roles: { in: ['partner'] } }, { businesses: { in: [businessId] } }] },
    depth: 0,
    limit: 50,
    pagination: false,
    select: { email: true, name: true, language: true },
    req,
  })
  return docs
}

/**
 * Who hears about new submissions: REVIEW_EMAIL (comma-separated, e.g. a shared inbox) when set,
 * else every editor, else the admins.
 */
export async function reviewersOf(req: PayloadRequest): Promise<Recipient[]> {
  const configured = (process.env.REVIEW_EMAIL ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  if (configured.length > 0) return configured.map((email) => ({ email, language: defaultLocale }))
  for (const role of ['editor', 'admin'] as const) {
    const { docs } = await req.payload.find({
      collection: 'users',
      where: { roles: { in: [role] } },
      depth: 0,
      limit: 50,
      pagination: false,
      select: { email: true, name: true, language: true },
      req,
    })
    if (docs.length > 0) return docs
  }
  return []
}
