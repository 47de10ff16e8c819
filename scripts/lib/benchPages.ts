/** One page of each visitor type, all from the demo content (`npm run seed`). */
export const seededPages = {
  home: '/en',
  newsList: '/en/news',
  article: '/en/news/chongqing-international-metropolis-2021',
  attractions: '/en/attractions',
  attraction: '/en/attractions/super-80-street',
  events: '/en/events',
  event: '/en/events/super-80-street-open-air-movie-nights',
  businesses: '/en/businesses',
  business: '/en/businesses/cqaos',
  district: '/en/districts/yuzhong',
  search: '/en/search?q=chongqing',
  contact: '/en/contact',
}

/**
 * BENCH_PAGES="home=/,article=/posts/x,list=/posts,search=/search?q=y" points a bench script at
 * another site's pages, to measure it side by side with the portal (DESIGN.md §7 compares it with
 * Payload's website template). Without it, the portal's own demo pages.
 */
export function pagesFromEnv(): Record<string, string> | undefined {
  const spec = process.env.BENCH_PAGES?.trim()
  if (!spec) return undefined
  return Object.fromEntries(
    spec.split(',').map((pair) => {
      const [name, pagePath] = pair.split('=', 2).map((s) => s.trim())
      if (!name || !pagePath?.startsWith('/'))
        throw new Error(`BENCH_PAGES: "${pair}" is not name=/path`)
      return [name, pagePath]
    }),
  )
}
