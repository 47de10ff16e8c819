import { type AppRoute, httpMethods } from './appRoutes'
import { badSegments, badShapes, badValues, junkQueries } from './badInput'
import type { Probe } from './rawHttp'
import { seeded } from './site'

/** Query parameters each route reads (lib/filters, the search page, the preview route). */
const eventParams = ['when', 'from', 'to', 'category', 'district', 'free', 'page']
export const routeParams: Record<string, string[]> = {
  '/[locale]/news': ['category', 'page'],
  '/[locale]/attractions': ['category', 'district', 'free', 'page'],
  '/[locale]/events': eventParams,
  '/[locale]/events.ics': eventParams,
  '/[locale]/businesses': ['sector', 'district', 'origin', 'letter', 'page'],
  '/[locale]/search': ['q', 'type'],
  '/preview': ['collection', 'slug', 'locale'],
}

/** A real document for each section, so a probe changes one thing about a working URL. */
const sampleSlug: Record<string, string> = {
  news: seeded.article,
  attractions: seeded.attraction,
  events: seeded.event,
  businesses: seeded.business,
  districts: seeded.district,
}

/** Payload's catch-all is swept from its config instead (payloadCorpus). */
export const isPayloadRest = (route: AppRoute) => route.pattern === '/api/[...slug]'

/** The pattern with every dynamic segment filled in, except `index`, which gets `value`. */
export function fillPattern(pattern: string, index = -1, value = ''): string {
  const parts = pattern.split('/').slice(1)
  return (
    '/' +
    parts
      .map((part, i) => {
        if (i === index) return value
        if (part === '[locale]') return 'en'
        if (part === '[slug]') return sampleSlug[parts[i - 1]]
        if (part === '[...rest]') return 'no/such/page'
        if (part === '[[...segments]]') return 'login'
        if (part.startsWith('[')) throw new Error(`no sample for ${part} in ${pattern}`)
        return part
      })
      .join('/')
  )
}

/**
 * Probes for one route: each dynamic segment replaced by each bad segment, each parameter given
 * each bad value and shape, junk queries, and the methods the route does not answer.
 */
export function routeProbes(route: AppRoute): Probe[] {
  const sample = fillPattern(route.pattern)
  const probes: Probe[] = []
  const parts = route.pattern.split('/').slice(1)
  const visitor = parts[0] === '[locale]'
  parts.forEach((part, index) => {
    if (!part.startsWith('[')) return
    for (const bad of badSegments) {
      probes.push({
        path: fillPattern(route.pattern, index, bad),
        // A visitor URL with anything wrong in it is a page that does not exist, unless it
        // normalises to one that does (`/en/news/%2e%2e` is `/en/news/..`, i.e. `/en`).
        expect: visitor ? [404, 307, 308] : undefined,
      })
    }
  })
  for (const name of routeParams[route.pattern] ?? []) {
    for (const value of badValues) probes.push({ path: `${sample}?${name}=${value}` })
    for (const shape of badShapes(name)) probes.push({ path: `${sample}?${shape}` })
  }
  for (const query of junkQueries) probes.push({ path: `${sample}?${query}` })
  // Route handlers answer only the methods they export; pages answer POST only for actions.
  const unanswered =
    route.kind === 'page'
      ? ['PUT', 'PATCH', 'DELETE']
      : httpMethods.filter((m) => !route.methods.includes(m))
  for (const method of unanswered) {
    probes.push({
      method,
      path: sample,
      headers: { 'content-type': 'application/json' },
      body: '{"a":',
      expect: route.kind === 'page' ? undefined : [405],
    })
  }
  return probes
}
