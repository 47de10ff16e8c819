import type { CollectionConfig } from 'payload'

import { forcePartnerDrafts } from '@/hooks/forcePartnerDrafts'
import { revalidateAfterChange, revalidateAfterDelete } from '@/hooks/revalidate'
import { refusePartnerPublish } from '@/hooks/refusePartnerPublish'

/**
 * What every collection a visitor reads has in common: drafts with a calm autosave, scheduled
 * publishing through the jobs queue, cache revalidation and the rule that only staff publish
 * (partners' saves are always drafts).
 */
export const publishable = {
  versions: {
    maxPerDoc: 50,
    drafts: { autosave: { interval: 3000 }, schedulePublish: true },
  },
  hooks: {
    beforeOperation: [forcePartnerDrafts],
    beforeChange: [refusePartnerPublish],
    afterChange: [revalidateAfterChange],
    afterDelete: [revalidateAfterDelete],
  },
} satisfies Partial<CollectionConfig>
