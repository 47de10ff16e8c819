'use client'

import { useEffect, useRef } from 'react'

/**
 * Where focus goes when a form's server action answers. Sending disables the submit button,
 * which drops focus to the page, so it is put where the answer is: the first field in error (its
 * message is tied to it), else the form's alert, else the confirmation that replaced the form.
 * The ref goes on whichever of the form and the confirmation is rendered; the alert and the
 * confirmation take focus with `tabIndex={-1}`.
 */
export function useAnswerFocus<T extends HTMLElement>(state: { status: string }) {
  const ref = useRef<T>(null)
  useEffect(() => {
    const root = ref.current
    if (!root || state.status === 'idle') return
    const target =
      root.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      root.querySelector<HTMLElement>('[role="alert"]') ??
      root
    target.focus()
  }, [state])
  return ref
}
