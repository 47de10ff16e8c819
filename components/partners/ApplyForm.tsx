'use client'

import React, { useActionState } from 'react'

import {
  type ApplicationField,
  type ApplyFormText,
  applicationRules,
  honeypotField,
} from '@/lib/partners/applicationForm'
import type { ApplyFormState } from '@/lib/partners/wordApplyState'

import { useAnswerFocus } from '../useAnswerFocus'

type Props = {
  action: (state: ApplyFormState, form: FormData) => Promise<ApplyFormState>
  locale: string
  /** Translated by the page; the action words its own answers (errors, waiting time). */
  text: ApplyFormText
}

const fields: { name: ApplicationField; type: string; autoComplete: string; rows?: number }[] = [
  { name: 'company', type: 'text', autoComplete: 'organization' },
  { name: 'contact', type: 'text', autoComplete: 'name' },
  { name: 'email', type: 'email', autoComplete: 'email' },
  { name: 'phone', type: 'tel', autoComplete: 'tel' },
  { name: 'website', type: 'url', autoComplete: 'url' },
  { name: 'message', type: 'textarea', autoComplete: 'off', rows: 5 },
]

/**
 * The partner application form. A plain form posting to a server action, so it works before
 * (or without) JavaScript; the server re-renders it with the values and localized errors.
 */
export function ApplyForm({ action, locale, text }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' })
  const answer = useAnswerFocus<HTMLFormElement & HTMLDivElement>(state)

  if (state.status === 'sent') {
    return (
      <div
        ref={answer}
        role="status"
        tabIndex={-1}
        className="rounded-2xl bg-[#e4f3ea] p-5 text-jade"
      >
        <h2 className="mb-2 text-xl font-semibold">{text.successTitle}</h2>
        <p>{text.successText}</p>
      </div>
    )
  }

  const { values, errors = {} } = state

  return (
    <form
      ref={answer}
      action={formAction}
      noValidate
      className="space-y-5"
      aria-describedby="apply-privacy"
    >
      <input type="hidden" name="locale" value={locale} />
      {state.alert && (
        <p
          role="alert"
          tabIndex={-1}
          className="rounded-xl border-s-4 border-chili bg-[#fdecea] px-4 py-3 font-semibold text-chili"
        >
          {state.alert}
        </p>
      )}
      {fields.map((f) => {
        const rule = applicationRules[f.name]
        const error = errors[f.name]
        const id = `apply-${f.name}`
        const common = {
          id,
          name: f.name,
          autoComplete: f.autoComplete,
          required: rule.required,
          maxLength: rule.max,
          defaultValue: values?.[f.name] ?? '',
          'aria-invalid': error ? true : undefined,
          'aria-describedby': error
            ? `${id}-error`
            : f.name === 'website'
              ? `${id}-hint`
              : undefined,
          className: 'field',
        }
        return (
          <div key={f.name}>
            <label htmlFor={id} className="mb-1 block font-semibold">
              {text[f.name]}{' '}
              <span className="text-sm font-normal text-stone">
                ({rule.required ? text.required : text.optional})
              </span>
            </label>
            {f.type === 'textarea' ? (
              <textarea {...common} rows={f.rows} />
            ) : (
              <input {...common} type={f.type} />
            )}
            {f.name === 'website' && (
              <p id={`${id}-hint`} className="mt-1 text-sm text-stone">
                {text.websiteHint}
              </p>
            )}
            {error && (
              <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-chili">
                {error}
              </p>
            )}
          </div>
        )
      })}
      {/* People never see or reach this field; simple bots fill it in. */}
      <div aria-hidden="true" className="absolute -start-[9999px] h-px w-px overflow-hidden">
        <label htmlFor={`apply-${honeypotField}`}>{text.honeypot}</label>
        <input
          id={`apply-${honeypotField}`}
          name={honeypotField}
          type="text"
          tabIndex={-1}
          autoComplete="off"
          defaultValue=""
        />
      </div>
      <p id="apply-privacy" className="text-sm text-stone">
        {text.privacy}
      </p>
      <button type="submit" className="button" disabled={pending}>
        {pending ? text.sending : text.submit}
      </button>
    </form>
  )
}
