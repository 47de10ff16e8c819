import type { ReactNode } from 'react'

import { fallbackMark } from '@/lib/withFallback'

import { Breadcrumbs, type Crumb } from './Breadcrumbs'

type Props = {
  title: string
  /** `en` when the title fell back to English. */
  titleLang?: 'en'
  lead?: string | null
  leadLang?: 'en'
  eyebrow?: ReactNode
  breadcrumbs: Crumb[]
  children?: ReactNode
}

/** The night-blue band at the top of every page but home: trail, title, lead. */
export function PageHeader({
  title,
  titleLang,
  lead,
  leadLang,
  eyebrow,
  breadcrumbs,
  children,
}: Props) {
  return (
    <div className="contours text-white">
      <div className="shell pb-10 pt-6 sm:pb-14">
        <Breadcrumbs items={breadcrumbs} currentLang={titleLang} />
        {eyebrow && (
          <div className="mt-6 text-sm font-semibold uppercase tracking-wide text-lantern">
            {eyebrow}
          </div>
        )}
        <h1
          {...fallbackMark(titleLang)}
          className={`${eyebrow ? 'mt-2' : 'mt-6'} max-w-4xl text-3xl font-semibold sm:text-5xl`}
        >
          {title}
        </h1>
        {lead && (
          <p {...fallbackMark(leadLang)} className="mt-4 max-w-3xl text-lg text-white/85">
            {lead}
          </p>
        )}
        {children}
      </div>
    </div>
  )
}
