'use client'

import { useEffect, useRef, useState } from 'react'

const storageKey = 'cq-cookie-notice'

type Props = {
  privacyHref: string
  /** Translated by the layout, so no translation runtime ships to the browser. */
  text: { label: string; text: string; more: string; ok: string }
}

const noticeId = 'cookie-notice'

/**
 * Run as the page is read, before any other script: shows the notice unless this browser
 * dismissed it. Served hidden (every visitor gets the same cached page), it then paints with the
 * page; shown only after hydration, it was the last large thing to appear, and so the largest
 * contentful paint of the pages with no picture at the top.
 */
const reveal = `try{if(localStorage.getItem(${JSON.stringify(storageKey)})!=="seen")document.getElementById(${JSON.stringify(noticeId)}).hidden=false}catch(e){}`

/**
 * The site sets only functional cookies (language; a session for staff), so this is a notice,
 * not a consent form. It shows once and stays dismissed on this browser; without JavaScript,
 * which could not dismiss it, it stays hidden.
 *
 * While it shows, the page keeps its height clear at the foot (`--notice-height`, globals.css):
 * a field focused with the keyboard scrolls into view above it (WCAG 2.2 2.4.11), and the
 * footer's last links can scroll up from under it.
 */
export function CookieNotice({ privacyHref, text }: Props) {
  // null until hydrated: shown or not as `reveal` left it.
  const [open, setOpen] = useState<boolean | null>(null)
  const notice = useRef<HTMLElement>(null)

  useEffect(() => {
    try {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- storage is read only here
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

  if (open === false) return null
  const dismiss = () => {
    try {
      window.localStorage.setItem(storageKey, 'seen')
    } catch {}
    setOpen(false)
  }
  return (
    <>
      <section
        ref={notice}
        id={noticeId}
        aria-label={text.label}
        // `reveal` may have shown it before hydration: that is the state the browser keeps.
        hidden={open === null}
        suppressHydrationWarning
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
      {open === null && <script dangerouslySetInnerHTML={{ __html: reveal }} />}
    </>
  )
}
