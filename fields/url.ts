import type { FieldHook, PayloadRequest, TextField } from 'payload'

import { ValidationError } from 'payload'

import { customKey } from '@/i18n/adminTranslations'
import { hasForeignScheme } from '@/lib/safeUrl'

const maxLength = 500

/** Only absolute http(s) addresses: anything else (javascript:, data:, relative) is refused. */
export function validateUrl(value: unknown, { req }: { req: PayloadRequest }): true | string {
  if (value == null || value === '') return true
  if (typeof value !== 'string' || value.length > maxLength)
    return req.t(customKey('urlTooLong'), { max: maxLength })
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
      ? true
      : req.t(customKey('urlScheme'))
  } catch {
    return req.t(customKey('urlInvalid'))
  }
}

/**
 * Drafts skip validation, and a partner's saves are always drafts, which editors then preview on
 * the site and open in the admin: so a script or data address is refused on every save, while an
 * unfinished one (no scheme yet) waits for validation at publishing.
 */
const refuseForeignScheme: FieldHook = ({ value, path, req }) => {
  if (hasForeignScheme(value, 'web')) {
    throw new ValidationError({
      errors: [{ path: path.join('.'), message: req.t(customKey('urlScheme')) }],
    })
  }
  return value
}

/** A web address (website, ticket link): absolute http(s) only. */
export function urlField(name: string): TextField {
  return {
    name,
    type: 'text',
    validate: validateUrl,
    hooks: { beforeChange: [refuseForeignScheme] },
  }
}
