import type { MessageError, MessageField, MessageInput } from './validateMessage'

/** What the contact form shows after a submission; errors are codes the form words. */
export type ContactState = {
  status: 'idle' | 'sent' | 'invalid' | 'rateLimited' | 'failed'
  values?: Partial<MessageInput>
  errors?: Partial<Record<MessageField, MessageError>>
}

/** The honeypot: a field people never see, which form-filling bots tend to fill. */
export const honeypotField = 'website'
