import type { Payload } from 'payload'

import { ValidationError } from 'payload'

import { publicFormKey, publicFormLimit } from '@/hooks/limitPublicCreate'
import { defaultLocale, isLocale } from '@/i18n/locales'
import { rateLimit } from '@/lib/rateLimit'

import {
  type ApplicationInput,
  type FieldErrors,
  applicationFields,
  honeypotField,
  readApplication,
  validateApplication,
} from './applicationForm'

export type ApplyState =
  | { status: 'idle' }
  | { status: 'sent' }
  | { status: 'invalid'; errors: FieldErrors; values: ApplicationInput }
  | { status: 'limited'; retryAfterSeconds: number; values: ApplicationInput }
  | { status: 'failed'; values: ApplicationInput }

/**
 * Handles one submission of the partner application form: honeypot, validation, the per-IP
 * limit (shared with direct API posts), then a create through the Local API with the access
 * rules of an anonymous visitor. A bot that fills the honeypot is told it worked.
 */
export async function submitApplication(
  payload: Payload,
  form: FormData,
  { ip, locale }: { ip: string; locale: string },
): Promise<ApplyState> {
  const values = readApplication(form)
  const trap = form.get(honeypotField)
  if (typeof trap === 'string' && trap.trim() !== '') {
    payload.logger.info(`partner application from ${ip} dropped: honeypot filled`)
    return { status: 'sent' }
  }
  const errors = validateApplication(values)
  if (Object.keys(errors).length > 0) return { status: 'invalid', errors, values }

  const key = publicFormKey('partner-applications', ip)
  const { ok, retryAfterSeconds } = rateLimit(key, publicFormLimit.limit, publicFormLimit.windowMs)
  if (!ok) return { status: 'limited', retryAfterSeconds, values }

  try {
    await payload.create({
      collection: 'partner-applications',
      data: {
        company: values.company,
        contact: values.contact,
        email: values.email.toLowerCase(),
        phone: values.phone || undefined,
        website: values.website || undefined,
        message: values.message || undefined,
        locale: isLocale(locale) ? locale : defaultLocale,
        // Staff-only field: an anonymous create gets the default whatever is sent.
        status: 'new',
      },
      overrideAccess: false,
    })
    return { status: 'sent' }
  } catch (err) {
    if (err instanceof ValidationError) {
      // The collection refused a value the form let through: show it on that field.
      const fields = err.data.errors
        .map((e) => e.path)
        .filter((p): p is (typeof applicationFields)[number] =>
          (applicationFields as readonly string[]).includes(p),
        )
      if (fields.length > 0) {
        return {
          status: 'invalid',
          errors: Object.fromEntries(fields.map((f) => [f, { code: 'invalid' }])) as FieldErrors,
          values,
        }
      }
    }
    payload.logger.error({ err }, 'partner application could not be saved')
    return { status: 'failed', values }
  }
}
