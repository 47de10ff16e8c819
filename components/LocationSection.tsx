import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'

import { LocationMap } from './LocationMap'

type Props = {
  location: { lat?: number | null; lng?: number | null } | null | undefined
  name: string
  address?: string | null
  locale: Locale
  className?: string
}

/** A place's map under a "Location" heading; nothing without a location. */
export async function LocationSection({ location, name, address, locale, className }: Props) {
  if (location?.lat == null || location.lng == null) return null
  const t = await getTranslations('attractions')
  return (
    <section aria-labelledby="location" className={className}>
      <h2 id="location" className="mb-3 text-xl font-semibold">
        {t('location')}
      </h2>
      <LocationMap
        lat={location.lat}
        lng={location.lng}
        name={name}
        address={address}
        locale={locale}
      />
    </section>
  )
}
