'use server'

import { headers } from 'next/headers'

import { clientIp } from '@/lib/clientIp'
import { getPayload } from '@/lib/payload'
import { submitApplication } from '@/lib/partners/submitApplication'
import { type ApplyFormState, wordApplyState } from '@/lib/partners/wordApplyState'

/** The form's server action; works with and without JavaScript (useActionState). */
export async function applyForPartnership(
  _previous: ApplyFormState,
  form: FormData,
): Promise<ApplyFormState> {
  // Anyone can post to an action with arguments of their choosing; only a form is a submission.
  if (!(form instanceof FormData)) return { status: 'idle' }
  const locale = String(form.get('locale') ?? '')
  const state = await submitApplication(await getPayload(), form, {
    ip: clientIp(await headers()),
    locale,
  })
  return wordApplyState(state, locale)
}
