import type { MessageError, MessageField, MessageInput } from './validateMessage'

/** What the contact form shows after a submission; errors are codes the form words. */
export type ContactState = {
  status: 'idle' | 'sent' | 'invalid' | 'rateLimited' | 'failed'
  values?: Partial<MessageInput>
  errors?: Partial<Record<MessageField, MessageError>>
}

/** The honeypot: a field people never see, which form-filling bots tend to fill. */
export const honeypotField = 'website'

/** The words the form shows, from `contact.*`; the page translates them, so no runtime ships. */
export const contactFormKeys = [
  'name',
  'email',
  'subject',
  'body',
  'honeypot',
  'send',
  'sending',
  'sent',
  'errorSummary',
  'errors.required',
  'errors.tooLong',
  'errors.email',
  'errors.rateLimited',
  'errors.failed',
] as const
export type ContactFormText = Record<(typeof contactFormKeys)[number], string>
