import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { formatNumber } from '@/lib/format'
import {
  isInMapArea,
  markerReach,
  mapLinks,
  mapSize,
  project,
  rivers,
  sliceAlignment,
} from '@/lib/mapProjection'

import { Icon } from './Icon'

type Props = { lat: number; lng: number; name: string; address?: string | null; locale: Locale }

/**
 * A schematic of the two rivers with the place marked, its text alternative (address and
 * coordinates) and links out to full maps. Drawn on the server: no tiles, no script.
 */
export async function LocationMap({ lat, lng, name, address, locale }: Props) {
  const t = await getTranslations('map')
  const links = mapLinks({ lat, lng }, name)
  const inArea = isInMapArea({ lat, lng })
  const point = project({ lat, lng })
  const coordinate = (n: number) =>
    formatNumber(n, locale, { maximumFractionDigits: 4, minimumFractionDigits: 4 })
  return (
    <figure className="overflow-hidden rounded-2xl bg-card ring-1 ring-mist">
      {inArea && (
        <svg
          viewBox={`0 0 ${mapSize.width} ${mapSize.height}`}
          className="block aspect-square w-full bg-[#eef0ea] sm:aspect-[4/3]"
          preserveAspectRatio={`${sliceAlignment(point)} slice`}
          aria-hidden="true"
        >
          <defs>
            <pattern id="hills" width="24" height="24" patternUnits="userSpaceOnUse">
              <path d="M0 18 Q6 10 12 18 T24 18" fill="none" stroke="#d9dccf" strokeWidth="1" />
            </pattern>
          </defs>
          <rect width="100%" height="100%" fill="url(#hills)" />
          <path
            d={rivers.yangtze}
            fill="none"
            stroke="#9cc9d3"
            strokeWidth="14"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
          <path
            d={rivers.jialing}
            fill="none"
            stroke="#9cc9d3"
            strokeWidth="9"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
          <g transform={`translate(${point.x} ${point.y})`}>
            <circle r={markerReach.below} fill="#b3261e" opacity="0.15" />
            <path
              d="M0 0 C -9 -12 -11 -18 -11 -22 A 11 11 0 1 1 11 -22 C 11 -18 9 -12 0 0 Z"
              fill="#b3261e"
              stroke="#fff"
              strokeWidth="2"
            />
            <circle cy="-22" r="4" fill="#fff" />
          </g>
        </svg>
      )}
      <figcaption className="space-y-3 p-4 text-sm">
        <p className="text-stone">{inArea ? t('schematic') : t('outside')}</p>
        {address && <p className="font-semibold">{address}</p>}
        <p>{t('coordinates', { lat: coordinate(lat), lng: coordinate(lng) })}</p>
        <ul className="flex flex-wrap gap-2">
          {(
            [
              ['amap', t('openAmap')],
              ['baidu', t('openBaidu')],
              ['osm', t('openOsm')],
            ] as const
          ).map(([key, label]) => (
            <li key={key}>
              <a href={links[key]} className="chip gap-1" target="_blank" rel="noopener noreferrer">
                {label}
                <Icon name="external" className="h-4 w-4" />
                <span className="sr-only"> ({t('newWindow')})</span>
              </a>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  )
}
