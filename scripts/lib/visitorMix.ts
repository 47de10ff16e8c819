import type { RequestStep } from 'autocannon'

import { addDays, localDay } from '../../lib/dates'
import { seededPages } from './benchPages'

/** What visitors type into search, in several languages, including a query that finds nothing. */
const searches = [
  '/en/search?q=chongqing',
  '/en/search?q=hotpot',
  '/en/search?q=museum',
  '/en/search?q=super 80',
  '/en/search?q=logistics',
  '/en/search?q=night market',
  '/en/search?q=qzxvw',
  '/zh/search?q=重庆',
  '/zh/search?q=火锅',
  '/zh/search?q=博物馆',
  '/zh/search?q=解放碑',
  '/ja/search?q=重慶',
  '/fr/search?q=musée',
  '/ko/search?q=충칭',
]

/**
 * The visitor side of the site as a list of paths, each as often as its weight: detail pages and
 * the home page more than lists, the calendar with its filters, and searches. Paths are
 * percent-encoded, ready for autocannon.
 */
export function visitorMix(now = new Date()): string[] {
  const p = seededPages
  const today = localDay(now)
  const weighted: [string, number][] = [
    [p.home, 4],
    ['/zh', 1],
    [p.newsList, 2],
    [p.article, 3],
    [p.attractions, 2],
    ['/en/attractions?category=museum&free=1', 1],
    [p.attraction, 3],
    [p.events, 2],
    ['/en/events?when=weekend', 1],
    ['/en/events?category=festival', 1],
    ['/zh/events?when=month&free=1', 1],
    ['/en/events?district=yuzhong', 1],
    [`/en/events?from=${today}&to=${addDays(today, 30)}`, 1],
    [p.event, 3],
    [p.businesses, 2],
    ['/en/businesses?sector=automotive', 1],
    [p.business, 2],
    [p.district, 2],
    ['/ar/districts/yuzhong', 1],
    ...searches.map((path): [string, number] => [path, 1]),
  ]
  return weighted.flatMap(([path, weight]) => Array<string>(weight).fill(encodeURI(path)))
}

/** What one path got in a run: requests sent, answers by status, and each answer's time. */
export type PathStats = { sent: number; statuses: Record<string, number>; ms: number[] }
export type PathTally = Record<string, PathStats>

/**
 * One autocannon request step that sends a random path of `paths` each time and records, per
 * path, what was sent, the answers' status codes and their times, so a slow or failing page can
 * be named. (autocannon builds each request just before writing it, after the previous answer
 * on that connection was recorded, so the two timestamps bracket one request.)
 */
export function mixedRequests(paths: string[], tally: PathTally): RequestStep[] {
  const stats = (path: unknown) =>
    (tally[decodeURI(String(path))] ??= { sent: 0, statuses: {}, ms: [] })
  return [
    {
      method: 'GET',
      setupRequest: (request, context) => {
        const path = paths[Math.floor(Math.random() * paths.length)]
        context.path = path
        context.sentAt = performance.now()
        stats(path).sent++
        // A browser always names its languages; a visitor reads the site in theirs. Without
        // it, the app would set the locale cookie on every answer, which no shared cache keeps.
        const language = decodeURI(path).split('/')[1]
        return { ...request, path, headers: { ...request.headers, 'accept-language': language } }
      },
      onResponse: (status, _body, context) => {
        const path = stats(context.path)
        path.statuses[status] = (path.statuses[status] ?? 0) + 1
        path.ms.push(Math.round(performance.now() - Number(context.sentAt)))
      },
    },
  ]
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0

/** Per path: requests, the ones never answered (timed out or cut off), statuses, p50/p99/max. */
export function summarizePaths(tally: PathTally) {
  return Object.fromEntries(
    Object.entries(tally).map(([path, { sent, statuses, ms }]) => {
      const sorted = [...ms].sort((a, b) => a - b)
      const answered = sorted.length
      return [
        path,
        {
          sent,
          unanswered: sent - answered,
          statuses,
          p50ms: percentile(sorted, 50),
          p99ms: percentile(sorted, 99),
          maxMs: sorted.at(-1) ?? 0,
        },
      ]
    }),
  )
}
