/**
 * `npm run bench:load [-- BASE_URL]`: load against a running production build (it builds
 * nothing), in two parts.
 * 1. A mixed visitor load for LOAD_SECONDS (60) at LOAD_CONNECTIONS (50): home, news, articles,
 *    attractions, the calendar with its filters, events, businesses, districts and searches in
 *    several languages (scripts/lib/visitorMix). Throughput, p50/p99, errors and non-2xx.
 * 2. A login burst: a steady read load of the same mix at LOAD_READ_RATE requests/s (default
 *    half the throughput of part 1) for BURST_SECONDS (20) on its own, then again while
 *    BURST_CONNECTIONS (10) hammer POST /api/users/login with wrong passwords from one client
 *    address. The sign-in limit must hold (at most its allowance of 401s, then only 429s), and
 *    the read latency with and without the burst is reported side by side.
 * Writes bench/load-<time>.json. Exits non-zero on any error or non-2xx read, or if the limit
 * gave way.
 */
import os from 'node:os'

import autocannon from 'autocannon'

import { loginLimit } from '../hooks/limitAuthAttempts'
import { writeBenchReport } from './lib/benchReport'
import { benchBase, fetchOk } from './lib/benchTarget'
import { loginBurst } from './lib/loginBurst'
import { describeFigures, loadFigures } from './lib/loadFigures'
import { mixedRequests, summarizePaths, visitorMix, type PathTally } from './lib/visitorMix'

const base = benchBase()
const seconds = Number(process.env.LOAD_SECONDS || 60)
const connections = Number(process.env.LOAD_CONNECTIONS || 50)
const burstSeconds = Number(process.env.BURST_SECONDS || 20)
const burstConnections = Number(process.env.BURST_CONNECTIONS || 10)
// A fresh address each run: the limit remembers failures for five minutes.
const burstIp = `198.18.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`

async function readLoad(paths: string[], duration: number, overallRate?: number) {
  const tally: PathTally = {}
  const result = await autocannon({
    url: base,
    connections,
    duration,
    overallRate,
    requests: mixedRequests(paths, tally),
  })
  return { figures: loadFigures(result), byPath: summarizePaths(tally) }
}

type ReadRun = Awaited<ReturnType<typeof readLoad>>

/**
 * Lets the server finish what the last run left queued (with 50 connections, seconds of work),
 * so each run starts from the same quiet state rather than inheriting its predecessor's backlog.
 */
async function settle() {
  await new Promise((resolve) => setTimeout(resolve, 5000))
  await fetchOk(base + '/en')
}

/** What must not happen in a read run: transport errors or timeouts, or a page not 2xx. */
function readFailures(name: string, run: ReadRun): string[] {
  const { errors, non2xx } = run.figures
  const pages = Object.entries(run.byPath)
    .filter(([, p]) => Object.keys(p.statuses).some((status) => !status.startsWith('2')))
    .map(([path, p]) => `${path} ${JSON.stringify(p.statuses)}`)
  return [
    ...(errors ? [`${name}: ${errors} errors (${run.figures.timeouts} timeouts)`] : []),
    ...(non2xx ? [`${name}: ${non2xx} non-2xx answers: ${pages.join(', ')}`] : []),
  ]
}

/** The pages with the longest tails, to say where the time went. */
function slowest(run: ReadRun, count = 5): string[] {
  return Object.entries(run.byPath)
    .sort(([, a], [, b]) => b.p99ms - a.p99ms)
    .slice(0, count)
    .map(
      ([path, p]) =>
        `  ${path}: p50 ${p.p50ms} ms, p99 ${p.p99ms} ms, max ${p.maxMs} ms, ${p.sent} sent, ${p.unanswered} unanswered`,
    )
}

async function main() {
  // Other work on the machine moves these figures; the report keeps the load average with them.
  const loadBefore = os.loadavg()
  const paths = visitorMix()
  const distinct = [...new Set(paths)]
  console.log(`load against ${base}: ${distinct.length} pages and searches, mixed by weight`)
  // The first render of each fills the cache; the runs measure the site as visitors meet it.
  for (const path of distinct) await fetchOk(base + path)

  console.log(`\nmixed visitor load, ${seconds} s at ${connections} connections`)
  const mixed = await readLoad(paths, seconds)
  console.log(describeFigures('mixed          ', mixed.figures))
  console.log(`slowest pages:\n${slowest(mixed).join('\n')}`)

  const rate =
    Number(process.env.LOAD_READ_RATE) ||
    Math.max(1, Math.round(mixed.figures.requestsPerSecond / 2))
  console.log(`\nsteady reads at ${rate} req/s, ${burstSeconds} s without and with a login burst`)
  await settle()
  const quiet = await readLoad(paths, burstSeconds, rate)
  console.log(describeFigures('reads, no burst', quiet.figures))
  await settle()
  const [busy, logins] = await Promise.all([
    readLoad(paths, burstSeconds, rate),
    loginBurst(base, { seconds: burstSeconds, connections: burstConnections, ip: burstIp }),
  ])
  console.log(describeFigures('reads + burst  ', busy.figures))

  const refused = logins.byStatus['429'] ?? 0
  const wrongPassword = logins.byStatus['401'] ?? 0
  const other = logins.requests - refused - wrongPassword
  console.log(
    `login burst     ${logins.requests} attempts from ${burstIp}: ${wrongPassword} × 401 (limit ${loginLimit.limit}), ${refused} × 429, ${other} other, ${logins.errors} errors`,
  )

  const failures = [
    ...readFailures('mixed', mixed),
    ...readFailures('reads without burst', quiet),
    ...readFailures('reads with burst', busy),
    ...(refused === 0 ? ['login burst: no sign-in was refused with 429'] : []),
    ...(wrongPassword > loginLimit.limit
      ? [`login burst: ${wrongPassword} attempts got past the limit of ${loginLimit.limit}`]
      : []),
    ...(other > 0 || logins.errors > 0
      ? [`login burst: ${other} answers other than 401/429, ${logins.errors} errors`]
      : []),
  ]
  const report = {
    base,
    date: new Date().toISOString(),
    mixed: { seconds, connections, ...mixed },
    loginBurst: {
      seconds: burstSeconds,
      readRate: rate,
      readsWithoutBurst: quiet.figures,
      readsWithBurst: busy.figures,
      logins: { connections: burstConnections, ip: burstIp, limit: loginLimit, ...logins },
    },
    machineLoadAverage: { before: loadBefore, after: os.loadavg(), cpus: os.cpus().length },
    failures,
  }
  console.log(`\nwrote ${writeBenchReport('load', report)}`)
  if (failures.length) {
    console.error(`\nFAILED:\n  ${failures.join('\n  ')}`)
    process.exit(1)
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
