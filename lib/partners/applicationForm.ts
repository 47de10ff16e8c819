/**
 * The public "become a partner" form: what it reads and how it is checked. Pure, so the page,
 * the server action and the tests share one definition; the collection's own validation
 * (collections/PartnerApplications) still runs behind it.
 */
export const applicationFields = [
  'company',
  'contact',
  'email',
  'phone',
  'website',
  'message',
] as const
export type ApplicationField = (typeof applicationFields)[number]
export type ApplicationInput = Record<ApplicationField, string>

export type FieldError =
  | { code: 'required' }
  | { code: 'tooShort'; min: number }
  | { code: 'tooLong'; max: number }
  | { code: 'email' | 'url' | 'phone' | 'invalid' }
export type FieldErrors = Partial<Record<ApplicationField, FieldError>>

type Rule = {
  required?: boolean
  min?: number
  max: number
  check?: (v: string) => FieldError | null
}

const emailPattern = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/
const phonePattern = /^\+?[\d\s()-]{5,40}$/

function checkUrl(value: string): FieldError | null {
  try {
    const url = new URL(value)
    return ['http:', 'https:'].includes(url.protocol) && url.hostname.includes('.')
      ? null
      : { code: 'url' }
  } catch {
    return { code: 'url' }
  }
}

export const applicationRules: Record<ApplicationField, Rule> = {
  company: { required: true, min: 2, max: 160 },
  contact: { required: true, min: 2, max: 120 },
  email: {
    required: true,
    max: 254,
    check: (v) => (emailPattern.test(v) ? null : { code: 'email' }),
  },
  phone: { max: 40, check: (v) => (phonePattern.test(v) ? null : { code: 'phone' }) },
  website: { max: 300, check: checkUrl },
  message: { max: 3000 },
}

/**
 * The words the form shows, from `partnerApply.*`; the page translates them, so no translation
 * runtime ships. Error messages are worded by the server action (wordApplyState).
 */
export const applyFormKeys = [
  ...applicationFields,
  'required',
  'optional',
  'websiteHint',
  'honeypot',
  'privacy',
  'submit',
  'sending',
  'successTitle',
  'successText',
] as const
export type ApplyFormText = Record<(typeof applyFormKeys)[number], string>

/** The honeypot: hidden from people, irresistible to simple bots. Its name looks useful. */
export const honeypotField = 'fax'

/** The form's values, trimmed, with line breaks normalised and anything not a string dropped. */
export function readApplication(form: FormData): ApplicationInput {
  const value = (name: string) => {
    const v = form.get(name)
    return typeof v === 'string' ? v.replace(/\r\n?/g, '\n').trim() : ''
  }
  return Object.fromEntries(applicationFields.map((f) => [f, value(f)])) as ApplicationInput
}

export function validateApplication(input: ApplicationInput): FieldErrors {
  const errors: FieldErrors = {}
  for (const field of applicationFields) {
    const rule = applicationRules[field]
    const value = input[field]
    if (!value) {
      if (rule.required) errors[field] = { code: 'required' }
      continue
    }
    if (value.length > rule.max) errors[field] = { code: 'tooLong', max: rule.max }
    else if (rule.min && value.length < rule.min)
      errors[field] = { code: 'tooShort', min: rule.min }
    else {
      const problem = rule.check?.(value)
      if (problem) errors[field] = problem
    }
  }
  return errors
}
