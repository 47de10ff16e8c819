/**
 * Two rivers meeting under a hill, with the lantern-gold point of Chaotianmen. app/icon.svg is the
 * same drawing, as the browser tab icon.
 */
export function LogoMark({ className = 'h-9 w-9' }: { className?: string }) {
  return (
    <svg viewBox="0 0 40 40" className={className} aria-hidden="true" focusable="false">
      <rect width="40" height="40" rx="9" fill="#0b5563" />
      <path
        d="M4 27 L13 15 L19 21 L26 10 L36 25"
        fill="none"
        stroke="#fff"
        strokeWidth="2.2"
        strokeLinejoin="round"
      />
      <path
        d="M3 33 C 12 29, 17 33, 23 30"
        fill="none"
        stroke="#9fd3dc"
        strokeWidth="2.2"
        strokeLinecap="round"
      />
      <path
        d="M37 32 C 31 29, 27 32, 23 30"
        fill="none"
        stroke="#9fd3dc"
        strokeWidth="2.2"
        strokeLinecap="round"
      />
      <circle cx="23" cy="30" r="2.6" fill="#f2b134" />
    </svg>
  )
}
