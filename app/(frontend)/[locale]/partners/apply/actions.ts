'use server'

import { headers } from 'next/headers'

import { clientIp } from '@/lib/clientIp'
import { getPayload } from '@/lib/payload'
import { type ApplyState, submitApplication } from '@/lib/partners/submitApplication'

/** The form's server action; works with and without JavaScript (useActionState). */
export async function applyForPartnership(_previous: ApplyState, form: FormData) {
  const locale = String(form.get('locale') ?? '')
  return submitApplication(await getPayload(), form, { ip: clientIp(await headers()), locale })
}
