'use client'

import { useEffect, useState } from 'react'

const storageKey = 'cq-cookie-notice'

type Props = {
  privacyHref: string
  /** Translated by the layout, so no translation runtime ships to the browser. */
  text: { label: string; text: string; more: string; ok: string }
}

/**
 * The site sets only functional cookies (language; a session for staff), so this is a notice,
 * not a consent form. It appears after hydration, once, and stays dismissed on this browser.
 */
export function CookieNotice({ privacyHref, text }: Props) {
  const [open, setOpen] = useState(false)

  useEffect(() => {
    try {
      // Reading storage is only possible after hydration; showing the notice then is intended.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setOpen(window.localStorage.getItem(storageKey) !== 'seen')
    } catch {
      setOpen(false)
    }
  }, [])

  if (!open) return null
  const dismiss = () => {
    try {
      window.localStorage.setItem(storageKey, 'seen')
    } catch {}
    setOpen(false)
  }
  return (
    <section
      aria-label={text.label}
      className="fixed inset-x-3 bottom-3 z-50 mx-auto max-w-xl rounded-2xl bg-night p-4 text-sm text-white shadow-2xl sm:p-5"
    >
      <p>
        {text.text}{' '}
        <a href={privacyHref} className="font-semibold text-lantern underline underline-offset-4">
          {text.more}
        </a>
      </p>
      <button
        type="button"
        onClick={dismiss}
        className="button mt-3 bg-lantern text-night hover:bg-white"
      >
        {text.ok}
      </button>
    </section>
  )
}
