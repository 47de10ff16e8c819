import { defaultLocale, type Locale } from '@/i18n/locales'

import type { DocCollection } from './docCollections'

/** Every public URL is built here; the route folders under app/(frontend)/[locale] mirror it. */
export const urls = {
  home: (locale: Locale) => `/${locale}`,
  news: (locale: Locale) => `/${locale}/news`,
  article: (slug: string, locale: Locale) => `/${locale}/news/${slug}`,
  newsRss: (locale: Locale) => `/${locale}/news/rss.xml`,
  attractions: (locale: Locale) => `/${locale}/attractions`,
  attraction: (slug: string, locale: Locale) => `/${locale}/attractions/${slug}`,
  events: (locale: Locale) => `/${locale}/events`,
  event: (slug: string, locale: Locale) => `/${locale}/events/${slug}`,
  eventIcs: (slug: string, locale: Locale) => `/${locale}/events/${slug}/ics`,
  eventsFeed: (locale: Locale) => `/${locale}/events.ics`,
  businesses: (locale: Locale) => `/${locale}/businesses`,
  business: (slug: string, locale: Locale) => `/${locale}/businesses/${slug}`,
  districts: (locale: Locale) => `/${locale}/districts`,
  district: (slug: string, locale: Locale) => `/${locale}/districts/${slug}`,
  search: (locale: Locale, q?: string) =>
    `/${locale}/search${q ? `?q=${encodeURIComponent(q)}` : ''}`,
  partners: (locale: Locale) => `/${locale}/partners`,
  /** The partner application form (its route belongs to the partner workflow). */
  partnerApply: (locale: Locale) => `/${locale}/partners/apply`,
  contact: (locale: Locale) => `/${locale}/contact`,
  privacy: (locale: Locale) => `/${locale}/privacy`,
  admin: () => '/admin',
  /** A document in the admin, and the admin page a reset-password email points to. */
  adminDocument: (collection: string, id: number | string) =>
    `/admin/collections/${collection}/${id}`,
  adminReset: (token: string) => `/admin/reset/${token}`,
  previewExit: () => '/preview/exit',
}

export type QueryValue = string | number | boolean | undefined | null

/** A path with query parameters, leaving out empty ones (and `page=1`), in a stable order. */
export function withQuery(path: string, query: Record<string, QueryValue>): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === false || value === '') continue
    if (key === 'page' && Number(value) <= 1) continue
    params.set(key, value === true ? '1' : String(value))
  }
  const search = params.toString()
  return search ? `${path}?${search}` : path
}

/** The public page of a document of a visitor collection. */
export function docUrl(collection: DocCollection, slug: string, locale: Locale): string {
  switch (collection) {
    case 'articles':
      return urls.article(slug, locale)
    case 'attractions':
      return urls.attraction(slug, locale)
    case 'events':
      return urls.event(slug, locale)
    case 'businesses':
      return urls.business(slug, locale)
    case 'districts':
      return urls.district(slug, locale)
  }
}

export function siteUrl(): string {
  return (process.env.SITE_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '')
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path}`
}

/** The admin's preview button: opens the draft on the visitor site through the draft-mode route. */
export function previewUrl(
  collection: DocCollection,
  slug: string | undefined,
  locale?: string,
): string | null {
  if (!slug) return null
  const params = new URLSearchParams({ collection, slug, locale: locale || defaultLocale })
  return `/preview?${params.toString()}`
}

/**
 * First path segments of the visitor site, each with how many segments below the locale its
 * deepest page lies (`/en/events/<slug>/ics` is 3).
 */
const sectionDepths: Record<string, number> = {
  news: 2,
  attractions: 2,
  events: 3,
  businesses: 2,
  districts: 2,
  search: 1,
  partners: 2,
  contact: 1,
  privacy: 1,
}

/** For redirecting unprefixed URLs to a locale, and telling them from addresses outside the site. */
export const sections = Object.keys(sectionDepths)

/** Segments after the locale that no page lies at: an unknown section, or deeper than its pages. */
export const isBeyondPages = ([section = '', ...rest]: string[]) =>
  rest.length >= (Object.hasOwn(sectionDepths, section) ? sectionDepths[section] : 0)

/** Origins allowed to use the admin session (Payload's CORS and CSRF lists). */
export function allowedOrigins(): string[] {
  const site = new URL(siteUrl())
  const extra = (process.env.ALLOWED_ORIGINS || '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  // localhost and 127.0.0.1 are the same machine to a person, not to a browser.
  const twins = ['localhost', '127.0.0.1'].includes(site.hostname)
    ? ['localhost', '127.0.0.1'].map(
        (host) => `${site.protocol}//${host}${site.port ? `:${site.port}` : ''}`,
      )
    : [site.origin]
  return [...new Set([...twins, ...extra])]
}
