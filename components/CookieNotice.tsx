'use client'

import { useEffect, useRef, useState } from 'react'

const storageKey = 'cq-cookie-notice'

type Props = {
  privacyHref: string
  /** Translated by the layout, so no translation runtime ships to the browser. */
  text: { label: string; text: string; more: string; ok: string }
}

/**
 * The site sets only functional cookies (language; a session for staff), so this is a notice,
 * not a consent form. It appears after hydration, once, and stays dismissed on this browser.
 *
 * While it shows, the page keeps its height clear at the foot (`--notice-height`, globals.css):
 * a field focused with the keyboard scrolls into view above it (WCAG 2.2 2.4.11), and the
 * footer's last links can scroll up from under it.
 */
export function CookieNotice({ privacyHref, text }: Props) {
  const [open, setOpen] = useState(false)
  const notice = useRef<HTMLElement>(null)

  useEffect(() => {
    try {
      // Reading storage is only possible after hydration; showing the notice then is intended.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setOpen(window.localStorage.getItem(storageKey) !== 'seen')
    } catch {
      setOpen(false)
    }
  }, [])

  useEffect(() => {
    const element = notice.current
    if (!open || !element) return
    const root = document.documentElement
    const observer = new ResizeObserver(() =>
      root.style.setProperty('--notice-height', `${element.offsetHeight + 24}px`),
    )
    observer.observe(element)
    return () => {
      observer.disconnect()
      root.style.removeProperty('--notice-height')
    }
  }, [open])

  if (!open) return null
  const dismiss = () => {
    try {
      window.localStorage.setItem(storageKey, 'seen')
    } catch {}
    setOpen(false)
  }
  return (
    <section
      ref={notice}
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
