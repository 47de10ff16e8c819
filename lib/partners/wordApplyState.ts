import { translator } from '@/i18n/translator'

import type { ApplicationField, ApplicationInput, FieldError } from './applicationForm'
import type { ApplyState } from './submitApplication'

/** What the application form shows after a submission, already in the visitor's language. */
export type ApplyFormState = {
  status: ApplyState['status']
  values?: ApplicationInput
  /** The summary above the form: what went wrong, or how long to wait. */
  alert?: string
  errors?: Partial<Record<ApplicationField, string>>
}

/**
 * Words a submission's outcome on the server. Some messages take numbers (a field's length
 * limits, the minutes until the rate limit lifts), and formatting them in the browser would ship
 * next-intl's client runtime and ICU parser to every visitor of the form.
 */
export function wordApplyState(state: ApplyState, locale: string): ApplyFormState {
  const t = translator(locale, 'partnerApply')
  const values = 'values' in state ? state.values : undefined
  switch (state.status) {
    case 'idle':
    case 'sent':
      return { status: state.status }
    case 'invalid': {
      const message = (e: FieldError) =>
        t(`errors.${e.code}`, 'min' in e ? { min: e.min } : 'max' in e ? { max: e.max } : {})
      const errors = Object.fromEntries(
        Object.entries(state.errors).map(([field, error]) => [field, message(error)]),
      )
      return { status: state.status, values, alert: t('errorSummary'), errors }
    }
    case 'limited': {
      const minutes = Math.ceil(state.retryAfterSeconds / 60)
      return { status: state.status, values, alert: t('errors.rateLimited', { minutes }) }
    }
    case 'failed':
      return { status: state.status, values, alert: t('errors.server') }
  }
}
