import type { ReactNode } from 'react'

import { fallbackMark } from '@/lib/withFallback'

export type Fact = { label: string; value: ReactNode; lang?: 'en' }

/** Practical information as a description list: label above value, readable on a phone. */
export function FactList({ facts }: { facts: Fact[] }) {
  const shown = facts.filter((f) => f.value !== null && f.value !== undefined && f.value !== '')
  return (
    <dl className="divide-y divide-mist">
      {shown.map((fact) => (
        <div key={fact.label} className="py-3">
          <dt className="text-sm font-semibold text-stone">{fact.label}</dt>
          <dd {...fallbackMark(fact.lang)} className="mt-0.5">
            {fact.value}
          </dd>
        </div>
      ))}
    </dl>
  )
}
