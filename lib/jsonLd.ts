import type { Article, Attraction, Business, Event } from '@/payload-types'

import { localeInfo, type Locale } from '@/i18n/locales'

import { picture } from './media'
import { safeWebUrl } from './safeUrl'
import { absoluteUrl } from './urls'

/** schema.org objects for the detail pages, built from documents as served in one locale. */
type Thing = Record<string, unknown>

const context = 'https://schema.org'
const image = (value: unknown) => {
  const og = picture(value, 'og')
  return og ? [absoluteUrl(og.src)] : undefined
}
const geo = (location?: { lat?: number | null; lng?: number | null } | null) =>
  location?.lat != null && location.lng != null
    ? { '@type': 'GeoCoordinates', latitude: location.lat, longitude: location.lng }
    : undefined
const address = (street?: string | null) =>
  street
    ? {
        '@type': 'PostalAddress',
        streetAddress: street,
        addressLocality: 'Chongqing',
        addressCountry: 'CN',
      }
    : undefined
const populated = <T>(value: unknown): T | null =>
  value && typeof value === 'object' ? (value as T) : null

const dayNames = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
} as const

const eventStatus = {
  scheduled: 'EventScheduled',
  cancelled: 'EventCancelled',
  postponed: 'EventPostponed',
  rescheduled: 'EventRescheduled',
} as const

export function newsArticleLd(
  article: Article,
  url: string,
  locale: Locale,
  publisher: string,
): Thing {
  return {
    '@context': context,
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.excerpt ?? undefined,
    image: image(article.heroImage),
    datePublished: article.publishedAt ?? article.createdAt,
    dateModified: article.updatedAt,
    inLanguage: localeInfo(locale).hreflang,
    mainEntityOfPage: absoluteUrl(url),
    articleSection: article.category,
    publisher: { '@type': 'Organization', name: publisher },
  }
}

export function touristAttractionLd(attraction: Attraction, url: string): Thing {
  const hours = attraction.openingHours?.hours ?? []
  return {
    '@context': context,
    '@type': 'TouristAttraction',
    name: attraction.name,
    description: attraction.summary ?? undefined,
    url: absoluteUrl(url),
    image: image(attraction.images?.[0]),
    address: address(attraction.address),
    geo: geo(attraction.location),
    isAccessibleForFree: Boolean(attraction.admission?.isFree),
    telephone: attraction.phone ?? undefined,
    sameAs: safeWebUrl(attraction.website) ?? undefined,
    openingHoursSpecification: hours.length
      ? hours.map((slot) => ({
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: slot.days.map((d) => dayNames[d]),
          opens: slot.opens,
          closes: slot.closes,
        }))
      : undefined,
  }
}

export function eventLd(event: Event, url: string): Thing {
  const venue = populated<Attraction>(event.venue)
  const organizer = populated<Business>(event.organizer)
  const place = venue
    ? {
        '@type': 'Place',
        name: venue.name,
        address: address(venue.address),
        geo: geo(venue.location),
      }
    : {
        '@type': 'Place',
        name: event.address ?? 'Chongqing',
        address: address(event.address),
        geo: geo(event.location),
      }
  return {
    '@context': context,
    '@type': 'Event',
    name: event.title,
    description: event.summary ?? undefined,
    url: absoluteUrl(url),
    image: image(event.images?.[0]),
    startDate: event.startsAt,
    endDate: event.endsAt ?? undefined,
    eventStatus: `https://schema.org/${eventStatus[event.eventStatus]}`,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: place,
    offers: {
      '@type': 'Offer',
      price: event.isFree ? 0 : (event.price ?? undefined),
      priceCurrency: 'CNY',
      url: safeWebUrl(event.ticketUrl) ?? absoluteUrl(url),
      availability: `https://schema.org/${event.eventStatus === 'cancelled' ? 'Discontinued' : 'InStock'}`,
    },
    organizer: organizer
      ? {
          '@type': 'Organization',
          name: organizer.name,
          url: safeWebUrl(organizer.website) ?? undefined,
        }
      : undefined,
  }
}

export function localBusinessLd(business: Business, url: string): Thing {
  return {
    '@context': context,
    '@type': 'LocalBusiness',
    name: business.name,
    url: absoluteUrl(url),
    image: image(business.logo),
    logo: image(business.logo)?.[0],
    address: address(business.address),
    geo: geo(business.location),
    telephone: business.phone ?? undefined,
    email: business.email ?? undefined,
    sameAs: safeWebUrl(business.website) ?? undefined,
    foundingDate: business.founded ? String(business.founded) : undefined,
  }
}

export function breadcrumbListLd(items: { name: string; href: string }[]): Thing {
  return {
    '@context': context,
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: absoluteUrl(item.href),
    })),
  }
}
