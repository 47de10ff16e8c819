'use client'

import { createContext, useContext } from 'react'

export type ErrorText = {
  title: string
  text: string
  retry: string
  home: string
  homeHref: string
  /** Said instead when the cause was an unreachable database (lib/outage/outageDigest). */
  outage: { title: string; text: string }
}

const ErrorTextContext = createContext<ErrorText | null>(null)

/**
 * The error page must be a client component and gets only `error` and `reset` from Next, so the
 * layout translates its words on the server and hands them down here: the browser then needs no
 * translation runtime (next-intl's client side costs ~12 kB gzipped on every page).
 */
export function ErrorTextProvider({
  text,
  children,
}: {
  text: ErrorText
  children: React.ReactNode
}) {
  return <ErrorTextContext value={text}>{children}</ErrorTextContext>
}

export function useErrorText(): ErrorText {
  const text = useContext(ErrorTextContext)
  if (!text) throw new Error('useErrorText: no ErrorTextProvider above the error page')
  return text
}
