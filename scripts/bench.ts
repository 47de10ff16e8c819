/**
 * `npm run bench [-- BASE_URL]`: load-tests a running production build (it builds nothing).
 * For the home page, an article, the events calendar and a search it measures requests/s and
 * p50/p99 latency at 10 and 50 connections with autocannon (at 50 also taking gzip, as a
 * browser does), and, when the server runs on this machine, its CPU time per request
 * (scripts/lib/serverCpu: the figure to compare two sites by here). It weighs the first-load
 * JavaScript (gzipped) of each page type. Writes bench/report-<time>.json and prints a summary.
 * BENCH_SECONDS (default 10) sets the length of each run; BENCH_PAGES measures another site's
 * pages instead (scripts/lib/benchPages).
 */
import zlib from 'node:zlib'

import autocannon from 'autocannon'

import { pagesFromEnv, seededPages } from './lib/benchPages'
import { writeBenchReport } from './lib/benchReport'
import { benchBase, fetchOk } from './lib/benchTarget'
import { describeFigures, loadFigures } from './lib/loadFigures'
import { cpuMs, localServerPids } from './lib/serverCpu'

const base = benchBase()
const serverPids = localServerPids(base)
const seconds = Number(process.env.BENCH_SECONDS || 10)
/**
 * 10 and 50 connections as a plain HTTP client asks (no compression, as earlier reports did), and
 * 50 again as a browser asks, taking gzip: what a visitor's page costs the server.
 */
const runs: { label: string; connections: number; headers: Record<string, string> }[] = [
  { label: 'c=10', connections: 10, headers: {} },
  { label: 'c=50', connections: 50, headers: {} },
  { label: 'c=50 gzip', connections: 50, headers: { 'accept-encoding': 'gzip, deflate, br' } },
]

const { home, article, events, search } = seededPages
const otherPages = pagesFromEnv()
const loadTargets = otherPages ?? { home, article, events, search }
const javascriptPages = otherPages ?? seededPages

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
  if (serverPids.length)
    console.log(`server: process ${serverPids.join(', ')}, whose CPU per request is measured too`)
  if (otherPages) {
    // A Next server turns on Node 20's promise hooks (AsyncLocalStorage) at its first render and
    // keeps them; from then on every request, cached or not, costs ~15 % more CPU. The portal has
    // rendered by the time it listens (instrumentation.ts). A site that has only served pages
    // prerendered at build time has not, which no live site stays; one dynamic request (Payload's
    // own route, on any Payload site) puts it where the portal is.
    const warm = await fetch(`${base}/api/users/me`)
    console.log(`warmed the other site with /api/users/me: ${warm.status}`)
  }
  const load: Record<string, Record<string, unknown>> = {}
  for (const [name, pagePath] of Object.entries(loadTargets)) {
    await fetchOk(base + pagePath) // warm: the first render fills the cache
    await fetchOk(base + pagePath)
    load[name] = {}
    for (const { label, connections, headers } of runs) {
      const cpuBefore = cpuMs(serverPids)
      const result = await autocannon({
        url: base + pagePath,
        connections,
        duration: seconds,
        // accept-language as a browser sends it (scripts/lib/visitorMix)
        headers: { 'accept-language': 'en', ...headers },
      })
      const serverCpu = serverPids.length ? cpuMs(serverPids) - cpuBefore : undefined
      const figures = loadFigures(result, serverCpu)
      load[name][label.replace(/[= ]/g, '')] = figures
      console.log(describeFigures(`${name.padEnd(8)} ${label.padEnd(9)}`, figures))
    }
  }
  const cache = new Map<string, number>()
  const javascript: Record<string, unknown> = {}
  for (const [name, pagePath] of Object.entries(javascriptPages)) {
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
  console.log(`\nwrote ${writeBenchReport('report', report)}`)
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
