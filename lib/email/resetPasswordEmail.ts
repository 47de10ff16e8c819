import type { CollectionConfig } from 'payload'

import { absoluteUrl, urls } from '@/lib/urls'

import { renderEmail } from './renderEmail'

type ForgotPassword = NonNullable<
  Exclude<NonNullable<CollectionConfig['auth']>, boolean>['forgotPassword']
>

type Recipient = { name?: string | null; email?: string | null; language?: string | null }

const render = (token: string | undefined, user: unknown) => {
  const u = (user ?? {}) as Recipient
  return renderEmail(
    'resetPassword',
    u.language,
    { name: u.name || u.email || '' },
    { url: absoluteUrl(urls.adminReset(token ?? '')) },
  )
}

/** Payload's "forgot password" email, in the account's preferred language. */
export const resetPasswordEmail: ForgotPassword = {
  generateEmailHTML: (args) => render(args?.token, args?.user).html,
  generateEmailSubject: (args) => render(args?.token, args?.user).subject,
}
