import type { Payload } from 'payload'

import { type EmailTemplate, renderEmail } from './renderEmail'

type Message = {
  to: string
  locale: string | null | undefined
  template: EmailTemplate
  values: Record<string, string | number>
  url: string
}

/**
 * Sends one localized email. A mail server that is down must not undo the editor's or partner's
 * save that triggered it, so failures are logged, not thrown.
 */
export async function sendLocalized(payload: Payload, message: Message): Promise<boolean> {
  const { subject, text, html } = renderEmail(message.template, message.locale, message.values, {
    url: message.url,
  })
  try {
    await payload.sendEmail({ to: message.to, subject, text, html })
    return true
  } catch (err) {
    payload.logger.error({ err }, `email "${message.template}" to ${message.to} failed`)
    return false
  }
}
