'use client'

import { useActionState } from 'react'

import type { Locale } from '@/i18n/locales'
import { honeypotField, type ContactFormText, type ContactState } from '@/lib/contact/contactState'
import { sendMessage } from '@/lib/contact/sendMessage'
import { messageLimits, type MessageField } from '@/lib/contact/validateMessage'

import { useAnswerFocus } from './useAnswerFocus'

const initial: ContactState = { status: 'idle' }

/**
 * A server-action form: it posts and re-renders without JavaScript too. With JavaScript, the
 * answer appears in place and focus moves to it (useAnswerFocus); errors are tied to their fields.
 */
export function ContactForm({ locale, text }: { locale: Locale; text: ContactFormText }) {
  const [state, action, pending] = useActionState(sendMessage, initial)
  const answer = useAnswerFocus<HTMLFormElement & HTMLParagraphElement>(state)

  if (state.status === 'sent') {
    return (
      <p
        ref={answer}
        role="status"
        tabIndex={-1}
        className="rounded-2xl bg-[#e4f3ea] p-5 font-semibold text-jade"
      >
        {text.sent}
      </p>
    )
  }

  const field = (name: MessageField, label: string, multiline = false) => {
    const error = state.errors?.[name]
    const id = `contact-${name}`
    const common = {
      id,
      name,
      required: true,
      maxLength: messageLimits[name],
      defaultValue: state.values?.[name] ?? '',
      'aria-invalid': error ? true : undefined,
      'aria-describedby': error ? `${id}-error` : undefined,
      className: 'field',
    }
    return (
      <div>
        <label htmlFor={id} className="mb-1 block font-semibold">
          {label}
        </label>
        {multiline ? (
          <textarea {...common} rows={7} />
        ) : (
          <input
            {...common}
            type={name === 'email' ? 'email' : 'text'}
            autoComplete={name === 'email' ? 'email' : name === 'name' ? 'name' : 'off'}
          />
        )}
        {error && (
          <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-chili">
            {text[`errors.${error}`]}
          </p>
        )}
      </div>
    )
  }

  const problem =
    state.status === 'invalid'
      ? text.errorSummary
      : state.status === 'rateLimited'
        ? text['errors.rateLimited']
        : state.status === 'failed'
          ? text['errors.failed']
          : null

  return (
    <form ref={answer} action={action} className="space-y-5" noValidate>
      {problem && (
        <p
          role="alert"
          tabIndex={-1}
          className="rounded-xl border-s-4 border-chili bg-[#fdecea] px-4 py-3 font-semibold text-chili"
        >
          {problem}
        </p>
      )}
      <input type="hidden" name="locale" value={locale} />
      {field('name', text.name)}
      {field('email', text.email)}
      {field('subject', text.subject)}
      {field('body', text.body, true)}
      <div aria-hidden="true" className="absolute -start-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="contact-website">{text.honeypot}</label>
        <input
          id="contact-website"
          name={honeypotField}
          type="text"
          tabIndex={-1}
          autoComplete="off"
        />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? text.sending : text.send}
      </button>
    </form>
  )
}
