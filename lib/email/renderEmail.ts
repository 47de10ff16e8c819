import { translator } from '@/i18n/translator'

export type EmailTemplate =
  | 'invitation'
  | 'declined'
  | 'submitted'
  | 'reviewRequested'
  | 'approved'
  | 'rejected'
  | 'resetPassword'

export type RenderedEmail = { subject: string; text: string; html: string }

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\n/g, '<br>')

/**
 * One email in the recipient's language: greeting, the template's paragraphs, a link, signature.
 * Strings live in messages/<locale>.json under `emails`, so every language has every email.
 */
export function renderEmail(
  template: EmailTemplate,
  locale: string | null | undefined,
  values: Record<string, string | number>,
  action: { url: string },
): RenderedEmail {
  const t = translator(locale, 'emails')
  const greeting = t('greeting', { name: String(values.name ?? '') })
  const paragraphs = t(`${template}.body`, values).split('\n\n')
  const label = t(`${template}.action`)
  const signature = t('signature')
  const subject = t(`${template}.subject`, values)
  const text = [greeting, ...paragraphs, `${label}: ${action.url}`, signature].join('\n\n')
  const html = [
    `<p>${escape(greeting)}</p>`,
    ...paragraphs.map((p) => `<p>${escape(p)}</p>`),
    `<p><a href="${escape(action.url)}">${escape(label)}</a></p>`,
    `<p>${escape(signature)}</p>`,
  ].join('\n')
  return { subject, text, html }
}
