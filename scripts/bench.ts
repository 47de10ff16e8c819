/**
 * `npm run bench [-- BASE_URL]`: load-tests a running production build (it builds nothing).
 * For the home page, an article, the events calendar and a search it measures requests/s and
 * p50/p99 latency at 10 and 50 connections with autocannon, and it weighs the first-load
 * JavaScript (gzipped) of each page type. Writes bench/report-<time>.json and prints a summary.
 * BENCH_SECONDS (default 10) sets the length of each run.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import autocannon from 'autocannon'

const base = (process.argv[2] || process.env.BASE_URL || 'http://localhost:3000').replace(/\/$/, '')
const seconds = Number(process.env.BENCH_SECONDS || 10)
const connectionCounts = [10, 50]

const loadTargets = {
  home: '/en',
  article: '/en/news/chongqing-international-metropolis-2021',
  events: '/en/events',
  search: '/en/search?q=chongqing',
}
const pageTypes = {
  ...loadTargets,
  newsList: '/en/news',
  attraction: '/en/attractions/super-80-street',
  attractions: '/en/attractions',
  event: '/en/events/super-80-street-open-air-movie-nights',
  business: '/en/businesses/cqaos',
  businesses: '/en/businesses',
  district: '/en/districts/yuzhong',
  contact: '/en/contact',
}

async function fetchOk(url: string): Promise<Response> {
  const res = await fetch(url)
  if (!res.ok)
    throw new Error(`${url} answered ${res.status}; is a production build running there?`)
  return res
}

/**
 * The scripts a first visit downloads: every <script src> from Next's static folder, except the
 * `noModule` polyfills, which every browser Next supports skips (they are ~39 kB gzipped).
 */
async function firstLoadJs(pagePath: string, cache: Map<string, number>) {
  const html = await (await fetchOk(base + pagePath)).text()
  const sources = [
    ...new Set(
      [...html.matchAll(/<script\b([^>]*)>/g)]
        .map((m) => m[1])
        .filter((attributes) => !/\bnomodule\b/i.test(attributes))
        .map((attributes) => /src="([^"]*\/_next\/static\/[^"]+\.js)"/.exec(attributes)?.[1])
        .filter((src): src is string => Boolean(src)),
    ),
  ]
  let gzipBytes = 0
  for (const src of sources) {
    if (!cache.has(src)) {
      const body = Buffer.from(await (await fetchOk(new URL(src, base).toString())).arrayBuffer())
      cache.set(src, zlib.gzipSync(body, { level: 9 }).length)
    }
    gzipBytes += cache.get(src)!
  }
  return { scripts: sources.length, gzipKB: Math.round((gzipBytes / 1024) * 10) / 10 }
}

async function main() {
  console.log(`bench against ${base}, ${seconds} s per run`)
  const load: Record<string, Record<string, unknown>> = {}
  for (const [name, pagePath] of Object.entries(loadTargets)) {
    await fetchOk(base + pagePath) // warm: the first render fills the cache
    await fetchOk(base + pagePath)
    load[name] = {}
    for (const connections of connectionCounts) {
      const result = await autocannon({ url: base + pagePath, connections, duration: seconds })
      load[name][`c${connections}`] = {
        requestsPerSecond: Math.round(result.requests.average),
        latencyP50ms: result.latency.p50,
        latencyP99ms: result.latency.p99,
        requests: result.requests.total,
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
      }
      const r = load[name][`c${connections}`] as Record<string, number>
      console.log(
        `${name.padEnd(8)} c=${String(connections).padEnd(3)} ${String(r.requestsPerSecond).padStart(6)} req/s  p50 ${r.latencyP50ms} ms  p99 ${r.latencyP99ms} ms${r.non2xx || r.errors ? `  (${r.non2xx} non-2xx, ${r.errors} errors)` : ''}`,
      )
    }
  }
  const cache = new Map<string, number>()
  const javascript: Record<string, unknown> = {}
  for (const [name, pagePath] of Object.entries(pageTypes)) {
    javascript[name] = { path: pagePath, ...(await firstLoadJs(pagePath, cache)) }
    const js = javascript[name] as { gzipKB: number; scripts: number }
    console.log(`first-load JS ${name.padEnd(12)} ${js.gzipKB} kB gzipped in ${js.scripts} scripts`)
  }
  const report = {
    base,
    date: new Date().toISOString(),
    secondsPerRun: seconds,
    load,
    firstLoadJavaScript: javascript,
  }
  fs.mkdirSync('bench', { recursive: true })
  const file = path.join('bench', `report-${report.date.replace(/[:.]/g, '-')}.json`)
  fs.writeFileSync(file, JSON.stringify(report, null, 2) + '\n')
  console.log(`\nwrote ${file}`)
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
