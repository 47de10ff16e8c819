'use server'

import { headers } from 'next/headers'

import { publicFormKey, publicFormLimit } from '@/hooks/limitPublicCreate'
import { defaultLocale, isLocale } from '@/i18n/locales'

import { clientIp } from '../clientIp'
import { getPayload } from '../payload'
import { rateLimit } from '../rateLimit'
import { honeypotField, type ContactState } from './contactState'
import { validateMessage } from './validateMessage'

/** "Leave a message": validate, rate-limit per address, then store as a visitor would. */
export async function sendMessage(_previous: ContactState, form: FormData): Promise<ContactState> {
  // Anyone can post to an action with arguments of their choosing; only a form is a submission.
  if (!(form instanceof FormData)) return { status: 'idle' }
  // A bot gets the same answer as a person, so it learns nothing; nothing is stored.
  if (String(form.get(honeypotField) ?? '')) return { status: 'sent' }
  const result = validateMessage({
    name: form.get('name'),
    email: form.get('email'),
    subject: form.get('subject'),
    body: form.get('body'),
  })
  if (!result.ok) return { status: 'invalid', values: result.data, errors: result.errors }
  // The same budget as a post straight to the REST API (hooks/limitPublicCreate).
  const key = publicFormKey('messages', clientIp(await headers()))
  const { ok } = rateLimit(key, publicFormLimit.limit, publicFormLimit.windowMs)
  if (!ok) return { status: 'rateLimited', values: result.data }
  const locale = form.get('locale')
  try {
    const payload = await getPayload()
    await payload.create({
      collection: 'messages',
      overrideAccess: false,
      data: { ...result.data, locale: isLocale(locale) ? locale : defaultLocale },
    })
  } catch (error) {
    ;(await getPayload()).logger.error({ err: error }, 'contact message could not be stored')
    return { status: 'failed', values: result.data }
  }
  return { status: 'sent' }
}
