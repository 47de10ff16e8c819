import { baseUrl } from './browser'

/** A GET that does not follow redirects, for status and header checks. */
export const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${baseUrl()}${path}`, { headers, redirect: 'manual' })

/** Polls `check` every half second until it holds (true) or `timeoutMs` passes (false). */
export async function waitFor(check: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return true
    await new Promise((r) => setTimeout(r, 500))
  }
  return false
}

export async function html(path: string): Promise<string> {
  const res = await get(path)
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}`)
  return res.text()
}

/** One document of each type from the seed, used across the site tests. */
export const seeded = {
  article: 'chongqing-international-metropolis-2021',
  attraction: 'super-80-street',
  event: 'super-80-street-open-air-movie-nights',
  cancelledEvent: 'yangtze-riverside-night-run',
  business: 'cqaos',
  district: 'yuzhong',
  /** A business with no Japanese text at all, so ja falls back to English. */
  noJapanese: 'chongqing-international-logistics-hub',
  /** An attraction related to `article` with no Japanese name or summary. */
  relatedNoJapanese: 'sasseur-outlet-liangjiang',
  /** A featured attraction in Dadukou; neither has a Japanese name. */
  featuredNoJapanese: 'chongqing-industrial-museum',
  /** An event whose venue and organizer have no Japanese name. */
  eventHostsNoJapanese: 'belt-and-road-imported-food-and-wine-market',
  /** An event whose venue and organizer both have Japanese names. */
  eventHostsJapanese: 'muguang-forest-family-nature-weekend',
}

/** Every kind of visitor page once (after the locale), each answering 200 with an h1. */
export const visitorPages = [
  '',
  '/news',
  `/news/${seeded.article}`,
  '/attractions',
  `/attractions/${seeded.attraction}`,
  '/events',
  `/events/${seeded.event}`,
  '/businesses',
  `/businesses/${seeded.business}`,
  '/districts',
  `/districts/${seeded.district}`,
  '/search?q=chongqing',
  '/partners',
  '/contact',
  '/privacy',
]
