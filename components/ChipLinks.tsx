import Link from 'next/link'

type Chip = { href: string; label: string; current: boolean }

/** A row of one-tap choices (event presets, A–Z); each is a link, so the URL records it. */
export function ChipLinks({ label, chips }: { label: string; chips: Chip[] }) {
  return (
    <nav aria-label={label} className="mb-4">
      <ul className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={chip.href}>
            <Link
              href={chip.href}
              aria-current={chip.current ? 'page' : undefined}
              className="chip"
            >
              {chip.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
