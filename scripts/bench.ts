/**
 * `npm run bench [-- BASE_URL]`: load-tests a running production build (it builds nothing).
 * For the home page, an article, the events calendar and a search it measures requests/s and
 * p50/p99 latency at 10 and 50 connections with autocannon (at 50 also taking gzip, as a
 * browser does), and, when the server runs on this machine, its CPU time per request
 * (scripts/lib/serverCpu: the figure to compare two sites by here). It weighs the first-load
 * JavaScript (gzipped) of each page type, and the part of it that is ours rather than Next's
 * runtime. Writes bench/report-<time>.json, prints a summary, and exits non-zero when a figure
 * misses its budget (scripts/lib/budgets; not for another site's pages).
 * BENCH_SECONDS (default 10) sets the length of each run; BENCH_PAGES measures another site's
 * pages instead (scripts/lib/benchPages).
 */
import fs from 'node:fs'
import zlib from 'node:zlib'

import autocannon from 'autocannon'

import { pagesFromEnv, seededPages } from './lib/benchPages'
import { writeBenchReport } from './lib/benchReport'
import { benchBase, fetchOk } from './lib/benchTarget'
import { budgets } from './lib/budgets'
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
 * Next's runtime (React DOM, the router, Turbopack's loader): the chunks this checkout's build
 * manifest lists as `rootMainFiles`, which every page loads whatever it holds. Empty when there
 * is no build here; a page none of whose scripts is in it was built elsewhere and is not split.
 */
function nextRuntimeChunks(): Set<string> {
  const manifest = '.next/build-manifest.json'
  if (!fs.existsSync(manifest)) return new Set()
  const { rootMainFiles = [] } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as {
    rootMainFiles?: string[]
  }
  return new Set(rootMainFiles.map((file) => `/_next/${file}`))
}

const kB = (bytes: number) => Math.round((bytes / 1024) * 10) / 10

/**
 * The scripts a first visit downloads: every <script src> from Next's static folder, except the
 * `noModule` polyfills, which every browser Next supports skips (they are ~39 kB gzipped).
 */
async function firstLoadJs(pagePath: string, cache: Map<string, number>, runtime: Set<string>) {
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
  let runtimeBytes = 0
  let runtimeScripts = 0
  for (const src of sources) {
    const url = new URL(src, base)
    if (!cache.has(src)) {
      const body = Buffer.from(await (await fetchOk(url.toString())).arrayBuffer())
      cache.set(src, zlib.gzipSync(body, { level: 9 }).length)
    }
    gzipBytes += cache.get(src)!
    if (runtime.has(url.pathname)) {
      runtimeBytes += cache.get(src)!
      runtimeScripts++
    }
  }
  return {
    scripts: sources.length,
    gzipKB: kB(gzipBytes),
    ...(runtimeScripts
      ? { nextRuntimeKB: kB(runtimeBytes), ownKB: kB(gzipBytes - runtimeBytes) }
      : {}),
  }
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
  const misses: string[] = []
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
      if (!otherPages && figures.latencyP99ms >= budgets.p99Ms)
        misses.push(`${name} ${label}: p99 ${figures.latencyP99ms} ms >= ${budgets.p99Ms} ms`)
    }
  }
  const cache = new Map<string, number>()
  const runtime = nextRuntimeChunks()
  const javascript: Record<string, unknown> = {}
  for (const [name, pagePath] of Object.entries(javascriptPages)) {
    const js = await firstLoadJs(pagePath, cache, runtime)
    javascript[name] = { path: pagePath, ...js }
    const split =
      js.ownKB === undefined ? '' : ` (Next's runtime ${js.nextRuntimeKB} kB, ours ${js.ownKB} kB)`
    console.log(
      `first-load JS ${name.padEnd(12)} ${js.gzipKB} kB gzipped in ${js.scripts} scripts${split}`,
    )
    if (!otherPages && js.ownKB !== undefined && js.ownKB > budgets.ownJavaScriptKB)
      misses.push(`${name}: our JS ${js.ownKB} kB > ${budgets.ownJavaScriptKB} kB`)
  }
  const report = {
    base,
    date: new Date().toISOString(),
    secondsPerRun: seconds,
    load,
    firstLoadJavaScript: javascript,
    budgets: { p99Ms: budgets.p99Ms, ownJavaScriptKB: budgets.ownJavaScriptKB },
    misses,
  }
  console.log(`\nwrote ${writeBenchReport('report', report)}`)
  if (misses.length) {
    console.error(`\nover budget:\n  ${misses.join('\n  ')}`)
    process.exit(1)
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
