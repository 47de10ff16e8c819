/**
 * Shared types for the demo seed content of the Chongqing city portal.
 * Pure data: nothing in seed/data imports code from outside this folder, only the types of the
 * lists the site defines once (i18n/locales, lib/taxonomy, lib/eventOccurrences).
 */
import type { Locale } from '@/i18n/locales'
import type { Frequency } from '@/lib/eventOccurrences'
import type {
  ArticleCategory,
  AttractionCategory,
  BusinessSector,
  EventCategory,
  EventStatus,
  ReviewStatus,
} from '@/lib/taxonomy'

export type LocaleCode = Locale

/** A localized string: en and zh are required, other locales optional. */
export type L = { en: string; zh: string } & Partial<
  Record<Exclude<LocaleCode, 'en' | 'zh'>, string>
>

/** A content block of an article, attraction, event or business description. */
export type Block =
  | { type: 'p'; text: L }
  | { type: 'h2'; text: L }
  | { type: 'quote'; text: L; cite?: L }
  | { type: 'figures'; items: { value: number; unit?: L; label: L; change?: number }[] }

export type SeedDistrict = {
  slug: string
  name: L
  summary: L
  location: { lat: number; lng: number }
}

export type SeedArticle = {
  slug: string
  category: ArticleCategory
  /** district slug */
  district?: string
  title: L
  excerpt: L
  body: Block[]
  tags: string[]
  publishedDaysAgo: number
  featured?: boolean
  /** slugs */
  related?: { attractions?: string[]; events?: string[]; businesses?: string[] }
}

export type Day = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'

export type SeedAttraction = {
  slug: string
  category: AttractionCategory
  district: string
  name: L
  summary: L
  description: Block[]
  address: L
  location: { lat: number; lng: number }
  /** opens/closes as HH:MM local time */
  openingHours?: { days: Day[]; opens: string; closes: string }[]
  hoursNote?: L
  admission: { isFree: boolean; priceCny?: number; note?: L }
  accessibility?: L
  transport?: L
  website?: string
  phone?: string
  featured?: boolean
}

export type SeedEvent = {
  slug: string
  category: EventCategory
  title: L
  summary: L
  description: Block[]
  /** days from the day the seed runs (0 = today, negative = past) and local Asia/Shanghai times */
  startDay: number
  /** HH:MM, omitted when allDay */
  startTime?: string
  endDay: number
  endTime?: string
  allDay?: boolean
  /** repeats the start and end day's times until the day `untilDay` (days from the seed day) */
  repeat?: { frequency: Frequency; untilDay: number }
  eventStatus: EventStatus
  /** attraction slug */
  venue?: string
  address?: L
  location?: { lat: number; lng: number }
  /** business slug */
  organizer?: string
  isFree: boolean
  priceCny?: number
  ticketUrl?: string
  audience?: L
  /** publication/review: 'approved' items are published; 'pending' and 'rejected' stay drafts */
  reviewStatus: Exclude<ReviewStatus, 'draft'>
  reviewNote?: string
  featured?: boolean
}

export type SeedBusiness = {
  slug: string
  sector: BusinessSector
  /** district slug; omitted when the site in Chongqing is not known */
  district?: string
  name: L
  description: Block[]
  address: L
  /** omitted when the site is not known, rather than pinning the city centre */
  location?: { lat: number; lng: number }
  website?: string
  phone?: string
  email?: string
  founded?: number
  /** ISO 3166-1 alpha-2 of the investor, e.g. 'US', 'FR', 'CH', 'SG'; 'CN' for domestic */
  originCountry?: string
  featured?: boolean
}

/**
 * A text of the home page, in every locale. One missing would not fall back: updating a global in
 * a locale without a field stores the English Payload reads for it under that locale's name.
 */
export type HomeText = Record<LocaleCode, string>

export type KeyFigure = {
  slug: string
  value: number
  unit?: HomeText
  label: HomeText
  change?: number
  period: HomeText
}
