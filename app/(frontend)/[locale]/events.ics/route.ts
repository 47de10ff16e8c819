import type { NextRequest } from 'next/server'

import { getTranslations } from 'next-intl/server'

import { isLocale } from '@/i18n/locales'
import { eventIcs } from '@/lib/eventIcs'
import { eventWindow } from '@/lib/eventWindow'
import { parseEventFilters } from '@/lib/filters/eventFilters'
import { icsCalendar } from '@/lib/ics'
import { withOutageAnswer } from '@/lib/outage/withOutageAnswer'
import { findDistrict } from '@/lib/queries/districts'
import { getEventList } from '@/lib/queries/events'
import { getSiteSettings } from '@/lib/queries/globals'

type Context = { params: Promise<{ locale: string }> }

/** The calendar as a subscribable iCal feed, filtered with the same parameters as the page. */
async function feed(request: NextRequest, { params }: Context) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const filters = parseEventFilters(Object.fromEntries(request.nextUrl.searchParams))
  const district = await findDistrict(locale, filters.district)
  const [settings, t, result] = await Promise.all([
    getSiteSettings(locale),
    getTranslations({ locale, namespace: 'events' }),
    getEventList(locale, {
      window: eventWindow(filters),
      category: filters.category,
      districtId: district?.id,
      free: filters.free,
      limit: 200,
    }),
  ])
  const body = icsCalendar(
    t('feedTitle', { site: settings.siteName }),
    result.docs.map((event) => eventIcs(event as Parameters<typeof eventIcs>[0], locale)),
  )
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `inline; filename="events-${locale}.ics"`,
      'Cache-Control': 'public, max-age=0, s-maxage=300, stale-while-revalidate=3600',
    },
  })
}

export const GET = withOutageAnswer(feed)
