import { Forbidden } from 'payload'

import { isStaffUser } from '@/access/roles'

import type { OperationHookArgs } from './operationHook'

/**
 * A partner's save never touches the live document: every update they make is saved as a draft
 * version (as if `?draft=true` had been sent), so the published version stays up until an editor
 * publishes the change. Asking to publish is still refused by refusePartnerPublish, because a
 * draft save with `_status: 'published'` is a publish in Payload. Restoring an old version would
 * overwrite the live document, so partners may not.
 */
export function forcePartnerDrafts({ args, operation, req }: OperationHookArgs): void {
  if (!req.user || isStaffUser(req.user)) return
  if (operation === 'restoreVersion') throw new Forbidden(req.t)
  if (operation === 'update') (args as { draft?: boolean }).draft = true
}
